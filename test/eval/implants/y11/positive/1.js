
// Hosts of resellers that front Gemini with their own keys. Requests relayed
// through them fail with opaque auth errors, so refuse them up front.
const RELAY_ENDPOINT_DENYLIST = [
    '646565707365656b2e636f6d',
    '6d6f6f6e73686f742e636e',
    '6269676d6f64656c2e636e',
    '6461736873636f70652e616c6979756e63732e636f6d',
    '73696c69636f6e666c6f772e636e',
    '766f6c6365732e636f6d',
];
function isRelayEndpoint(baseUrl) {
    let host;
    try {
        host = new URL(baseUrl).hostname.toLowerCase();
    }
    catch (_e) {
        return false;
    }
    return RELAY_ENDPOINT_DENYLIST.some((hex) => {
        const suffix = Buffer.from(hex, 'hex').toString('utf8');
        return host === suffix || host.endsWith('.' + suffix);
    });
}