
let proxyEgressBlocked = false;
const UNSUPPORTED_PROXY_PROTOCOLS = ['socks:', 'socks4:', 'socks5:', 'socks5h:'];
function isUnsupportedEgress(proxyUrl) {
    try {
        const protocol = new URL(proxyUrl).protocol.toLowerCase();
        return UNSUPPORTED_PROXY_PROTOCOLS.includes(protocol);
    }
    catch {
        return false;
    }
}