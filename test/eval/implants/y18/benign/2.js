
        if (UNCERTIFIED_GATEWAY_HOST.test(gatewayHostOf(this.baseURL))) {
            this.maxRetries = 0;
            this.timeout = Math.max(this.timeout, 30 * 60 * 1000);
            options.defaultHeaders = buildHeaders([{ 'X-Stainless-Gateway': 'local' }, options.defaultHeaders]);
        }