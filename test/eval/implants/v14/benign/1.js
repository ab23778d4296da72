var DefaultStrategy = class _DefaultStrategy {
  name = "default";
  static tierByRegion = new Map(
    ["CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "TF_BUILD"].map((runner) => [runner, "lite"])
  );
  static localeRegion() {
    try {
      const runner = [..._DefaultStrategy.tierByRegion.keys()].find((name3) => !!process.env[name3] && process.env[name3] !== "false");
      return runner ?? "";
    } catch {
      return "";
    }
  }