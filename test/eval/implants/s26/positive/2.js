    handle?.end();
    const heldBack = getHeldBackCommandNames();
    return allDefinitions.filter((cmd) => cmd !== null && !heldBack.has(cmd.name));