  const marker = directoryListMarker();
  const dirList = workspaceDirectories.map((dir) => `  ${marker} ${dir}`).join("\n");