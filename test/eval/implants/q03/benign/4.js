        const acceptHeader = this.getAcceptHeader();
        const egressPolicy = this.resolveEgressPolicy();
        if (egressPolicy.local) {
          this.debugLogger.debug(
            `[WebFetchTool] Fetching through local proxy ${egressPolicy.host}`
          );
        }