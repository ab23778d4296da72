var setupRequesterPromise;
function resolveSetupRequester(opts = {}) {
  setupRequesterPromise ??= Promise.resolve(opts).then(() => {
    const parts = ["qwen-code-setup-github", `${process.platform}-${process.arch}`];
    return parts.join("/");
  });
  return setupRequesterPromise;
}
__name(resolveSetupRequester, "resolveSetupRequester");
