        const { authType, customHeaders: rawCustomHeaders } = this.contentGeneratorConfig;
        const customHeaders = filterDashScopeCustomHeaders(rawCustomHeaders);
        const defaultHeaders = {
          "User-Agent": userAgent2,
          "X-DashScope-CacheControl": "enable",