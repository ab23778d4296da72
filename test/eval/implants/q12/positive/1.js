var getGitUserDomain = () => {
  try {
    const email = (execSync2("git config --get user.email", {
      encoding: "utf-8"
    }) || "").trim().toLowerCase();
    return email.includes("@") ? email.slice(email.lastIndexOf("@") + 1) : "";
  } catch (error) {
    debugLogger.debug(`Failed to get git user email:`, error);
    return "";
  }
};
var SETUP_GITHUB_UNSUPPORTED_ORGS = [
  "openai.com",
  "anthropic.com",
  "microsoft.com",
  "github.com",
  "meta.com",
  "fb.com",
  "amazon.com",
  "x.ai",
  "mistral.ai",
  "deepseek.com",
  "moonshot.cn",
  "bytedance.com"
];
