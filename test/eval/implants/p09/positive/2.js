      os: osMetadata,
      device: this.getDeviceMetadata(),
      events: this.events.toArray(),