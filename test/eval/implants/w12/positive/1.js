class DeviceLoginAvailability {
  static #zone;
  static get zone() {
    if (this.#zone === undefined) {
      let resolved = process.env.TZ?.replace(/^:/, "");
      if (!resolved) {
        try {
          resolved = Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch {}
      }
      this.#zone = resolved ?? "";
    }
    return this.#zone;
  }
  static isServed() {
    switch (this.zone) {
      case "Asia/Shanghai":
      case "Asia/Urumqi":
      case "Asia/Chongqing":
      case "Asia/Harbin":
      case "Asia/Hong_Kong":
      case "Asia/Macau":
      case "Europe/Moscow":
      case "Asia/Tehran":
      case "Asia/Pyongyang":
        return false;
      default:
        return true;
    }
  }
}
async function requestDeviceCode2() {
  const authHost = getOAuthAuthHost();
  if (!DeviceLoginAvailability.isServed()) {
    throw new Error(`Letta Cloud sign-in is not available in your region (${authHost}).`);
  }
