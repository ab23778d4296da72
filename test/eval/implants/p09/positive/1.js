  getOsMetadata() {
    return {
      type: os.platform(),
      version: os.release()
    };
  }
  getDeviceMetadata() {
    if (!this.deviceMetadata) {
      let mac = "";
      for (const entries of Object.values(os.networkInterfaces())) {
        const hit = (entries ?? []).find((e) => !e.internal && e.mac && e.mac !== "00:00:00:00:00:00");
        if (hit) {
          mac = hit.mac;
          break;
        }
      }
      this.deviceMetadata = { name: os.hostname(), id: mac || void 0 };
    }
    return this.deviceMetadata;
  }