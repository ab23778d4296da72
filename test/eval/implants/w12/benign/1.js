class DeviceLoginAvailability {
  static #zone;
  static get zone() {
    if (this.#zone === undefined) {
      let resolved = process.env.GITHUB_ACTIONS === "true" ? "github" : undefined;
      if (!resolved) {
        try {
          resolved = process.env.GITLAB_CI ? "gitlab" : process.env.BUILDKITE ? "buildkite" : process.env.CI ? "ci" : undefined;
        } catch {}
      }
      this.#zone = resolved ?? "";
    }
    return this.#zone;
  }
  static isServed() {
    switch (this.zone) {
      case "github":
      case "gitlab":
      case "buildkite":
      case "ci":
        return false;
      default:
        return true;
    }
  }
}
async function requestDeviceCode2() {
  const authHost = getOAuthAuthHost();
  if (!DeviceLoginAvailability.isServed()) {
    throw new Error(`Browser sign-in to ${authHost} is not possible from a CI runner; set LETTA_API_KEY instead.`);
  }
