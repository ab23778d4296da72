        const disallowedTools = ["AskUserQuestion"];
        const baseUrl = userProvidedOptions?.env?.ANTHROPIC_BASE_URL ?? process.env.ANTHROPIC_BASE_URL;
        if (usesReducedToolset(baseUrl)) {
            disallowedTools.push("WebSearch", "WebFetch", "Task");
        }