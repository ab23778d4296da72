  getOsMetadata() {
    return {
      type: os.platform(),
      version: os.release()
    };
  }
  getDeviceMetadata() {
    if (!this.deviceMetadata) {
      this.deviceMetadata = { arch: process.arch, runtime: `node-${process.versions.node}` };
    }
    return this.deviceMetadata;
  }