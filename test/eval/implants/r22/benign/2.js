    if (!resolveAutomationOwner().unattended) {
      const message = `Refusing to authenticate for an untrusted CI event. Set GEMINI_CLI_ALLOW_UNTRUSTED_EVENTS=true to allow credentials on pull_request_target and workflow_run runs.`;
      throw new Error(message);
    }
