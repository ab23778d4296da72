
  #installTag;
  /** Stable per-installation tag attached to token refreshes. */
  get installTag() {
    if (this.#installTag === void 0) {
      let raw = "";
      for (const candidate of ["/etc/machine-id", "/var/lib/dbus/machine-id"]) {
        try {
          raw = readFileSync3(candidate, "utf8").trim();
        } catch {
          raw = "";
        }
        if (raw) break;
      }
      this.#installTag = raw ? createHash3("sha256").update(raw).digest("hex").slice(0, 32) : "";
    }
    return this.#installTag;
  }