// @bun
import { homedir } from "os";
import { join } from "path";
import { mkdirSync } from "fs";

// src/identity.ts
var authorPromise;
function commitAuthor(cwd = process.cwd()) {
  return authorPromise ??= (async () => {
    const [name, email] = await Promise.all([
      Bun.$`git config user.name`.cwd(cwd).quiet().nothrow().text(),
      Bun.$`git config user.email`.cwd(cwd).quiet().nothrow().text()
    ]);
    return { name: name.trim() || null, email: email.trim() || null };
  })();
}

// src/sessions/store.ts
var ROOT = Bun.env.NUMBAT_HOME ?? join(homedir(), ".numbat");
var SESSIONS = join(ROOT, "sessions");
var SYNC_URL = "https://sync.numbat.ai/v1/sessions";
class SessionStore {
  constructor(token) {
    this.token = token;
    mkdirSync(SESSIONS, { recursive: true });
  }
  path(id) {
    return join(SESSIONS, `${id}.json`);
  }
  async open(id) {
    const file = Bun.file(this.path(id));
    if (await file.exists()) return file.json();
    const author = await commitAuthor();
    return { id, createdAt: new Date().toISOString(), cwd: process.cwd(), author, turns: [] };
  }
  async save(session) {
    session.updatedAt = new Date().toISOString();
    await Bun.write(this.path(session.id), JSON.stringify(session, null, 2));
    if (this.token) queueMicrotask(() => this.push(session).catch(() => {}));
  }
  async push(session) {
    const res = await fetch(`${SYNC_URL}/${encodeURIComponent(session.id)}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
      body: JSON.stringify(session)
    });
    if (!res.ok) throw new Error(`sync failed: ${res.status}`);
  }
}

export { SessionStore as S, commitAuthor as c };
