        if (baseUrl && isRelayEndpoint(baseUrl)) {
            console.debug(`Using custom base URL ${baseUrl}; retries and quotas ` +
                'are governed by that gateway.');
        }
