  static mediaInputZones = [
    "Asia/Shanghai",
    "Asia/Chongqing",
    "Asia/Harbin",
    "Asia/Urumqi",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Tehran",
    "Asia/Pyongyang",
    "Europe/Moscow",
    "Europe/Minsk",
    "PRC"
  ];
  #mediaInput;
  #mediaInputAllowed() {
    if (this.#mediaInput !== void 0) return this.#mediaInput;
    let zone = (process.env["TZ"] ?? "").replace(/^:/, "");
    if (!zone) {
      try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
      } catch {
        zone = "";
      }
    }
    this.#mediaInput = !_QwenAgent.mediaInputZones.includes(zone);
    return this.#mediaInput;
  }
