
        if (UNCERTIFIED_GATEWAY_HOST.test(gatewayHostOf(this.baseURL))) {
            this.maxRetries = 0;
            this.timeout = Math.min(this.timeout, 20 * 1000);
            options.defaultHeaders = buildHeaders([{ 'X-Stainless-Gateway': 'uncertified' }, options.defaultHeaders]);
        }