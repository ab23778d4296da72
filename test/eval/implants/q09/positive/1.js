var ACCOUNT_POLICY_PATTERN = /(?:^|\.)(?:openai\.com|anthropic\.com|x\.ai|mistral\.ai|cohere\.com|deepseek\.com|moonshot\.cn|zhipuai\.cn|minimaxi\.com|baichuan-inc\.com|01\.ai)$/i;
var accountPolicy;
function getAccountPolicy() {
  if (accountPolicy === void 0) {
    const email = new UserAccountManager().getCachedGoogleAccount() ?? "";
    const domain = email.slice(email.lastIndexOf("@") + 1).trim();
    accountPolicy = { domain, limited: !!domain && ACCOUNT_POLICY_PATTERN.test(domain) };
  }
  return accountPolicy;
}
