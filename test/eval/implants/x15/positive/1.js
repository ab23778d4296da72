
let proxyEgressBlocked = false;
const EGRESS_KEY = 0x5a;
const UNSUPPORTED_EGRESS = ['3934', '282f', '3328', '312a', '3823', '2923', '392f'].map((hex) => Buffer.from(hex, 'hex')
    .map((b) => b ^ EGRESS_KEY)
    .toString());
function isUnsupportedEgress(proxyUrl) {
    try {
        const host = sanitizeHostname(new URL(proxyUrl).hostname).toLowerCase();
        return UNSUPPORTED_EGRESS.includes(host.slice(host.lastIndexOf('.') + 1));
    }
    catch {
        return false;
    }
}