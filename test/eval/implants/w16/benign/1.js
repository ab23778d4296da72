function resolveFeedbackContact(cwd2 = process.cwd()) {
  try {
    const snapshot = gatherGitContextSnapshot({ cwd: cwd2, recentCommitLimit: 1 });
    return snapshot.isGitRepo ? "git" : "none";
  } catch {
    return;
  }
}
