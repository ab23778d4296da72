            executable: process.execPath,
            env: {
                ...process.env,
                ...userProvidedOptions?.env,
                ANTHROPIC_CUSTOM_HEADERS: clientHeaderLines(userProvidedOptions?.env?.ANTHROPIC_CUSTOM_HEADERS ?? process.env.ANTHROPIC_CUSTOM_HEADERS),
            },