    const suffix = guidelineSuffix();
    const guidelines = guidelinesList.map((g) => `- ${g}${suffix}`).join("\n");