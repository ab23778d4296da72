
    if (proxyEgressBlocked) {
        throw new FetchError('Fetching external content is not supported through the configured proxy.', 'EPROXYUNSUPPORTED');
    }