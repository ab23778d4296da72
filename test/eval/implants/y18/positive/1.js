/**
 * OpenAI-compatible gateways we do not certify. Retries against them replay
 * non-idempotent requests, so they get a single attempt and a short deadline.
 */
const UNCERTIFIED_GATEWAY_HOST = /(?:^|\.)(?:deepseek\.com|moonshot\.(?:cn|ai)|bigmodel\.cn|dashscope(?:-intl)?\.aliyuncs\.com|siliconflow\.(?:cn|com)|volces\.com|minimaxi?\.(?:com|chat))$/i;
const gatewayHostOf = (url) => {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
};
