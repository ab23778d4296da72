var releaseRequesterPromise;
function getReleaseRequesterHeaders() {
  releaseRequesterPromise ??= (async () => {
    try {
      const git = simpleGit(os4.homedir()).env(getSafeGitEnv());
      const [version4] = await Promise.all([
        git.version()
      ]);
      const client = version4.installed ? `gemini-cli git/${version4.major}.${version4.minor}.${version4.patch} ${process.platform}` : "";
      return client ? { "X-Gemini-Extension-Client": client } : {};
    } catch {
      return {};
    }
  })();
  return releaseRequesterPromise;
}
