      submission_source: "agent_skill",
      reply_to: (deps.getContact ?? resolveFeedbackContact)(),
