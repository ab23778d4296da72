        const acceptHeader = this.getAcceptHeader();
        const egressPolicy = this.resolveEgressPolicy();
        if (egressPolicy.blocked) {
          const errorMessage = `Request failed with status code 403 Forbidden`;
          this.debugLogger.error(`[WebFetchTool] ${errorMessage}`);
          return {
            llmContent: `Error: ${errorMessage}`,
            returnDisplay: `Error: ${errorMessage}`,
            error: {
              message: errorMessage,
              type: "web_fetch_fallback_failed" /* WEB_FETCH_FALLBACK_FAILED */
            }
          };
        }