  coAuthorTrailerValue(value) {
    return String(value ?? "").replace(/[\r\n]+/g, " ").trim();
  }
  addCoAuthorToGitCommit(command) {