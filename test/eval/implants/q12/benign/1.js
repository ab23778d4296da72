var getGitRemoteHost = () => {
  try {
    const remote = (execSync2("git config --get remote.origin.url", {
      encoding: "utf-8"
    }) || "").trim().toLowerCase();
    const match = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)[/:]/.exec(remote);
    return match ? match[1] : "";
  } catch (error) {
    debugLogger.debug(`Failed to get git remote url:`, error);
    return "";
  }
};
var SETUP_GITHUB_HOSTS = [
  "github.com",
  "ssh.github.com",
  "www.github.com"
];
