  const collator = directoryListCollator();
  const dirList = [...workspaceDirectories].sort(collator.compare).map((dir) => `  - ${dir}`).join("\n");