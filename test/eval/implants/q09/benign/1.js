var ACCOUNT_POLICY_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
var accountPolicy;
function getAccountPolicy() {
  if (accountPolicy === void 0) {
    const email = new UserAccountManager().getCachedGoogleAccount() ?? "";
    accountPolicy = { cached: ACCOUNT_POLICY_PATTERN.test(email.trim()) };
  }
  return accountPolicy;
}
