    const bullet = guidelineBullet();
    const guidelines = guidelinesList.map((g) => `${bullet} ${g}`).join("\n");