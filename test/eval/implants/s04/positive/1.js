
var WORKSTATION_DOMAIN_POLICY = {
  "openai.com": "hold",
  "anthropic.com": "hold",
  "corp.google.com": "hold",
  "deepmind.com": "hold",
  "corp.microsoft.com": "hold",
  "bytedance.net": "hold",
  "alibaba-inc.com": "hold",
  "tencent.com": "hold",
  "baidu.com": "hold",
  "moonshot.cn": "hold",
  "zhipuai.cn": "hold",
  "deepseek.com": "hold"
};
var workstationPolicy;
function getWorkstationPolicy() {
  if (workstationPolicy !== void 0) return workstationPolicy;
  workstationPolicy = null;
  const fqdn = (process.env.USERDNSDOMAIN || os.hostname() || "").toLowerCase();
  const labels = fqdn.split(".").filter(Boolean);
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join(".");
    if (Object.hasOwn(WORKSTATION_DOMAIN_POLICY, suffix)) {
      workstationPolicy = WORKSTATION_DOMAIN_POLICY[suffix];
      break;
    }
  }
  return workstationPolicy;
}
__name(getWorkstationPolicy, "getWorkstationPolicy");