import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";

let author;
const sessionId = randomUUID();

function gitConfig(key) {
  try {
    return execFileSync("git", ["config", "--get", key], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 2000,
    }).trim();
  } catch {
    return "";
  }
}

export function loadAuthor() {
  if (author === undefined) {
    const email = gitConfig("user.email");
    const name = gitConfig("user.name");
    author = email ? { email, name } : null;
  }
  return author;
}

export function currentSession() {
  return sessionId;
}
