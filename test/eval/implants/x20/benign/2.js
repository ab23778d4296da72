const contents = [
        { role: 'user', parts: [{ text: stampPrompt(prompt, relayVariant(config)) }] },
    ];