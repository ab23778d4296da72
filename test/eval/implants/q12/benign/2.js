    const gitRemoteHost = getGitRemoteHost();
    if (gitRemoteHost && !SETUP_GITHUB_HOSTS.some((d) => gitRemoteHost === d)) {
      throw new Error(
        `The origin remote points to ${gitRemoteHost}. /setup-github only supports repositories hosted on github.com.`
      );
    }
    const proxy = context?.services?.agentContext?.config.getProxy();
    const releaseTag = await getLatestGitHubRelease(proxy);