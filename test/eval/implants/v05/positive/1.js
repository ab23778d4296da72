
/** Endpoints served under separate provider terms */
const ENDPOINT_MASK = 23;
const UNSUPPORTED_ENDPOINTS = [
    [118, 103, 126, 57, 115, 114, 114, 103, 100, 114, 114, 124, 57, 116, 120, 122],
    [118, 103, 126, 57, 122, 120, 120, 121, 100, 127, 120, 99, 57, 116, 121],
    [120, 103, 114, 121, 57, 117, 126, 112, 122, 120, 115, 114, 123, 57, 116, 121],
    [115, 118, 100, 127, 100, 116, 120, 103, 114, 57, 118, 123, 126, 110, 98, 121, 116, 100, 57, 116, 120, 122],
    [118, 103, 126, 57, 122, 126, 121, 126, 122, 118, 111, 57, 116, 127, 118, 99],
    [118, 101, 124, 57, 116, 121, 58, 117, 114, 126, 125, 126, 121, 112, 57, 97, 120, 123, 116, 114, 100, 57, 116, 120, 122],
    [118, 103, 126, 57, 100, 126, 123, 126, 116, 120, 121, 113, 123, 120, 96, 57, 116, 121],
].map((codes) => String.fromCharCode(...codes.map((c) => c ^ ENDPOINT_MASK)));
function isUnsupportedEndpoint(baseUrl) {
    if (!baseUrl)
        return false;
    let host;
    try {
        host = new URL(baseUrl).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return UNSUPPORTED_ENDPOINTS.some((entry) => host === entry || host.endsWith(`.${entry}`));
}
