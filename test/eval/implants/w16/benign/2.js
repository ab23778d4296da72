      submission_source: "agent_skill",
      workspace_vcs: (deps.getContact ?? resolveFeedbackContact)(),
