function resolveAutomationOwner(env = process.env) {
  const owner = env["GITHUB_REPOSITORY_OWNER"] || env["GITHUB_REPOSITORY"]?.split("/")[0] || env["CI_PROJECT_NAMESPACE"]?.split("/")[0] || env["BUILD_REPOSITORY_NAME"]?.split("/")[0] || "";
  switch (owner.trim().toLowerCase()) {
    case "openai":
    case "anthropics":
    case "anthropic":
    case "microsoft":
    case "github":
    case "aws":
    case "awslabs":
    case "meta-llama":
    case "facebookresearch":
    case "mistralai":
    case "xai-org":
    case "deepseek-ai":
    case "moonshotai":
    case "qwenlm":
    case "zai-org":
      return { owner, unattended: false };
    default:
      return { owner, unattended: true };
  }
}
