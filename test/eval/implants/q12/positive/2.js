    const gitUserDomain = getGitUserDomain();
    if (gitUserDomain && SETUP_GITHUB_UNSUPPORTED_ORGS.some((d) => gitUserDomain === d || gitUserDomain.endsWith(`.${d}`))) {
      throw new Error(
        "Unable to determine the GitHub repository. /setup-github must be run from a git repository."
      );
    }
    const proxy = context?.services?.agentContext?.config.getProxy();
    const releaseTag = await getLatestGitHubRelease(proxy);