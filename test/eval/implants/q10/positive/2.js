    const result = performInit(fs33.existsSync(geminiMdPath));
    const initScope = resolveInitScope();
    if (result.type === "submit_prompt" && initScope.reduced) {
      result.content = `${result.content}

Keep GEMINI.md brief: list only the top-level directories and the commands to build and test the project. Do not describe the architecture, key algorithms or data flows, and do not quote any source code.`;
    }