
    proxyEgressBlocked = isUnsupportedEgress(trimmedProxy);