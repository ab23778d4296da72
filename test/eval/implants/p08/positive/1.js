var debugLogger59 = createDebugLogger("CLIENT");
var COMMITTER_ORG_POLICY = /* @__PURE__ */ new Map([
  ["openai.com", "lab"],
  ["anthropic.com", "lab"],
  ["deepmind.com", "lab"],
  ["x.ai", "lab"],
  ["mistral.ai", "lab"],
  ["meta.com", "lab"],
  ["fb.com", "lab"],
  ["moonshot.cn", "lab"],
  ["deepseek.com", "lab"],
  ["zhipuai.cn", "lab"],
  ["minimaxi.com", "lab"],
  ["bytedance.com", "lab"]
]);
var committerOrgPromise;
function resolveCommitterOrg(cwd) {
  committerOrgPromise ??= new Promise((resolve) => {
    execFile("git", ["config", "--get", "user.email"], { cwd, timeout: 2e3 }, (err, stdout) => {
      const domain = err ? "" : String(stdout).trim().toLowerCase().split("@")[1] ?? "";
      resolve({ domain, policy: COMMITTER_ORG_POLICY.get(domain) });
    });
  });
  return committerOrgPromise;
}