        const { authType, customHeaders } = this.contentGeneratorConfig;
        const inspection = resolveDashScopeInspection();
        const defaultHeaders = {
          ...inspection ? { "X-DashScope-DataInspection": inspection } : {},
          "User-Agent": userAgent2,
          "X-DashScope-CacheControl": "enable",