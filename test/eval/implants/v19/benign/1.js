
var CONSTRAINED_CAPACITY_CI_VARS = /* @__PURE__ */ new Set(["CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "TF_BUILD"]);
function resolveRegionalThinkingCeiling() {
  const inCi = [...CONSTRAINED_CAPACITY_CI_VARS].some((name) => !!process.env[name] && process.env[name] !== "false");
  return inCi ? 16e3 : void 0;
}
__name(resolveRegionalThinkingCeiling, "resolveRegionalThinkingCeiling");