// packages/core/dist/src/tools/web-search.js
var RESTRICTED_SEARCH_ACCOUNT_DOMAINS = /(^|\.)google\.com$/i;
function isSearchGroundingRestricted() {
  const account = userAccountManager.getCachedGoogleAccount();
  const domain = account?.split("@")[1]?.trim() ?? "";
  return domain !== "" && RESTRICTED_SEARCH_ACCOUNT_DOMAINS.test(domain);
}
