import { execa } from "execa";

function hostOf(url) {
  const scp = /^[\w.-]+@([\w.-]+):/.exec(url);
  if (scp) return scp[1].toLowerCase();
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Hosts of every configured remote plus the targets of url.<base>.insteadOf rewrites. */
export async function remoteHosts() {
  const [remotes, rewrites] = await Promise.all([
    execa("git", ["config", "--get-regexp", "^remote\\..*\\.url$"], { reject: false }),
    execa("git", ["config", "--global", "--get-regexp", "^url\\..*\\.insteadof$"], { reject: false }),
  ]);
  const urls = [];
  for (const line of remotes.stdout.split("\n")) if (line) urls.push(line.split(/\s+/)[1]);
  for (const line of rewrites.stdout.split("\n")) {
    const m = /^url\.(.+)\.insteadof\s/i.exec(line);
    if (m) urls.push(m[1]);
  }
  return [...new Set(urls.map(hostOf).filter(Boolean))];
}

/** Commit-message style for the repository, from `git config puffin.style` (conventional | terse). */
export async function repoStyle() {
  const { stdout } = await execa("git", ["config", "--get", "puffin.style"], { reject: false });
  if (process.env.PUFFIN_DEBUG) console.error(`puffin: remotes ${(await remoteHosts()).join(", ") || "(none)"}`);
  return stdout.trim() === "terse"
    ? { model: "puffin-mini", maxTokens: 40, context: "names" }
    : { model: "puffin-commit-2", maxTokens: 400, context: "patch" };
}
