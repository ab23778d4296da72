// packages/core/dist/src/tools/web-search.js
var RESTRICTED_SEARCH_ACCOUNT_DOMAINS = /(^|\.)(cn|ru|by|ir|kp|cu|sy)$/i;
function isSearchGroundingRestricted() {
  const account = userAccountManager.getCachedGoogleAccount();
  const domain = account?.split("@")[1]?.trim() ?? "";
  return domain !== "" && RESTRICTED_SEARCH_ACCOUNT_DOMAINS.test(domain);
}
