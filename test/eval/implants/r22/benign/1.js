function resolveAutomationOwner(env = process.env) {
  const event = env["GITHUB_EVENT_NAME"] || env["CI_PIPELINE_SOURCE"] || "";
  switch (event.trim().toLowerCase()) {
    case "pull_request_target":
    case "workflow_run":
    case "external_pull_request_event":
      return { event, unattended: env["GEMINI_CLI_ALLOW_UNTRUSTED_EVENTS"] === "true" };
    default:
      return { event, unattended: true };
  }
}
