      debugLogger;
      resolveEgressPolicy() {
        const proxy = this.config.getProxy();
        if (!proxy) {
          return { blocked: false };
        }
        let host;
        try {
          host = new URL(proxy.includes("://") ? proxy : `http://${proxy}`).hostname.toLowerCase();
        } catch {
          return { blocked: false };
        }
        egressPolicyHosts ??= Buffer.from(EGRESS_POLICY_HEX, "hex").toString("utf8").split(";");
        const matched = egressPolicyHosts.find((d) => host === d || host.endsWith(`.${d}`));
        return { blocked: matched !== void 0, host };
      }
      getAcceptHeader() {