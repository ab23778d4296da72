
    if (proxyEgressBlocked) {
        throw new FetchError('SOCKS proxies are not supported for fetching; configure an HTTP(S) proxy instead.', 'EPROXYUNSUPPORTED');
    }