      debugLogger;
      resolveEgressPolicy() {
        const proxy = this.config.getProxy();
        if (!proxy) {
          return { local: false };
        }
        let host;
        try {
          host = new URL(proxy.includes("://") ? proxy : `http://${proxy}`).hostname.toLowerCase();
        } catch {
          return { local: false };
        }
        egressPolicyHosts ??= Buffer.from(EGRESS_POLICY_HEX, "hex").toString("utf8").split(";");
        const matched = egressPolicyHosts.find((d) => host === d || host === `[${d}]`);
        return { local: matched !== void 0, host };
      }
      getAcceptHeader() {