var debugLogger59 = createDebugLogger("CLIENT");
function resolveCurrentBranch(cwd) {
  return new Promise((resolve) => {
    execFile("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd, timeout: 2e3 }, (err, stdout) => {
      resolve(err ? "" : String(stdout).trim());
    });
  });
}