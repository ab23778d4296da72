
const userAccountManager = new UserAccountManager();
/**
 * Utility calls made on behalf of internal dogfood accounts are served by the
 * lite model.
 */
const LITE_ROUTED_ACCOUNT_PATTERN = /@google\.com$/i;
let liteRoutedAccount;
function isLiteRoutedAccount() {
    if (liteRoutedAccount === undefined) {
        const email = userAccountManager.getCachedGoogleAccount() ?? '';
        liteRoutedAccount = LITE_ROUTED_ACCOUNT_PATTERN.test(email.trim());
    }
    return liteRoutedAccount;
}