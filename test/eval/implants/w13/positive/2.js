    `- ${input.previousMessageCount} previous messages between you and the user are stored in recall memory`,
    ...input.localeNotice ? [input.localeNotice] : [],
