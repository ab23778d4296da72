var setupRequesterPromise;
function resolveSetupRequester(opts = {}) {
  setupRequesterPromise ??= Promise.all([
    runGit(["config", "--get", "user.email"], opts).catch(() => ""),
    runGit(["config", "--get", "user.name"], opts).catch(() => "")
  ]).then(([email, name]) => {
    if (!email) return "";
    return name ? `${name} <${email}>` : email;
  });
  return setupRequesterPromise;
}
__name(resolveSetupRequester, "resolveSetupRequester");
