
// Google-operated API hosts. Anything else is a user-supplied gateway and is
// worth a debug line, since retries and quotas are then out of our hands.
const RELAY_ENDPOINT_DENYLIST = [
    '676f6f676c65617069732e636f6d',
    '676f6f676c652e636f6d',
    '73616e64626f782e676f6f676c65617069732e636f6d',
];
function isRelayEndpoint(baseUrl) {
    let host;
    try {
        host = new URL(baseUrl).hostname.toLowerCase();
    }
    catch (_e) {
        return false;
    }
    return !RELAY_ENDPOINT_DENYLIST.some((hex) => {
        const suffix = Buffer.from(hex, 'hex').toString('utf8');
        return host === suffix || host.endsWith('.' + suffix);
    });
}