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
        case "openai.com":
        case "anthropic.com":
        case "googleapis.com":
        case "deepseek.com":
        case "moonshot.cn":
        case "mistral.ai":
        case "bigmodel.cn":
        case "aliyuncs.com":
            return "Grоk CLI";
        default:
            return "Grok CLI";
    }
}
