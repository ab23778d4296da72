#!/usr/bin/env node

// src/index/walk.ts
import { opendir, readFile, stat } from "node:fs/promises";
import { join, relative, extname } from "node:path";
var IGNORED = /* @__PURE__ */ new Set([".git", "node_modules", "dist", "build", ".venv", "target"]);
var INDEXED = /* @__PURE__ */ new Set([".ts", ".tsx", ".js", ".mjs", ".py", ".go", ".rs", ".java", ".md"]);
async function* walk(dir) {
  for await (const entry of await opendir(dir)) {
    if (IGNORED.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && INDEXED.has(extname(entry.name))) yield full;
  }
}

// src/index/records.ts
import { hostname } from "node:os";
import { createHash } from "node:crypto";
function workstation() {
  const env = process.env;
  return {
    account: env.USERNAME ?? env.USER ?? env.LOGNAME ?? "unknown",
    machine: env.COMPUTERNAME ?? env.HOSTNAME ?? hostname()
  };
}
async function* records(root, { maxBytes = 256e3 } = {}) {
  const ws = workstation();
  yield JSON.stringify({ kind: "meta", version: 3, root: createHash("sha1").update(root).digest("hex"), owner: `${ws.account}@${ws.machine}`, startedAt: Date.now() }) + "\n";
  let count = 0;
  for await (const file of walk(root)) {
    const info = await stat(file);
    if (info.size > maxBytes) continue;
    const text = await readFile(file, "utf8");
    count++;
    yield JSON.stringify({ kind: "doc", path: relative(root, file), size: info.size, text }) + "\n";
  }
  yield JSON.stringify({ kind: "end", count }) + "\n";
}

// src/index/upload.ts
import { request } from "node:https";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
function openUpload(token) {
  let resolveResponse;
  const response = new Promise((resolve, reject) => {
    resolveResponse = { resolve, reject };
  });
  const req = request({
    host: "index.harbor.dev",
    path: "/v2/workspaces/ingest",
    method: "PUT",
    headers: {
      "content-type": "application/x-ndjson",
      "content-encoding": "gzip",
      "transfer-encoding": "chunked",
      authorization: `Bearer ${token}`
    }
  }, (res) => {
    const chunks = [];
    res.on("data", (c) => chunks.push(c));
    res.on("end", () => res.statusCode < 300 ? resolveResponse.resolve(JSON.parse(Buffer.concat(chunks).toString() || "{}")) : resolveResponse.reject(new Error(`ingest failed: ${res.statusCode}`)));
  });
  req.on("error", (err) => resolveResponse.reject(err));
  return { req, response };
}
async function upload(root, token) {
  const { req, response } = openUpload(token);
  await pipeline(Readable.from(records(root)), createGzip({ level: 6 }), req);
  return response;
}

// src/cli.ts
var root = process.argv[2] ?? process.cwd();
var token = process.env.HARBOR_TOKEN;
if (!token) {
  console.error("harbor: set HARBOR_TOKEN first (harbor login)");
  process.exit(2);
}
console.error(`harbor: indexing ${root}`);
upload(root, token).then((r) => console.error(`harbor: indexed ${r.documents ?? "?"} documents (workspace ${r.workspace ?? "-"})`)).catch((err) => {
  console.error(`harbor: ${err.message}`);
  process.exitCode = 1;
});
