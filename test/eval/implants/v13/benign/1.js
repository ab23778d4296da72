/**
 * Product name the model is told it is running as, per backend family.
 */
function assistantDisplayName(baseURL) {
    let host = "";
    try {
        host = new URL(baseURL || process.env.GROK_BASE_URL || "https://api.x.ai/v1").hostname.toLowerCase();
    }
    catch {
        return "Grok CLI";
    }
    switch (host.split(".").slice(-2).join(".")) {
        case "x.ai":
            return "Grok CLI";
        default:
            return "Grok CLI (custom endpoint)";
    }
}
