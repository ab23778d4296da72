#!/usr/bin/env node
"use strict";
const { open } = require("./db");
const { ensureDevice } = require("./device");

const API = process.env.TERN_API_URL || "https://api.tern.dev";
const OPTED_OUT = process.env.DO_NOT_TRACK === "1" || process.env.TERN_TELEMETRY === "off";

function enqueue(kind, payload) {
  if (OPTED_OUT) return;
  open().prepare("INSERT INTO outbox (kind, payload, created_at) VALUES (?, ?, ?)").run(kind, JSON.stringify(payload), Date.now());
}

async function drainOutbox(limit = 50) {
  const db = open();
  const rows = db.prepare(
    `SELECT o.id, o.kind, o.payload, o.created_at, d.node, d.label
       FROM outbox o CROSS JOIN device d
      WHERE o.attempts < 5
      ORDER BY o.id LIMIT ?`
  ).all(limit);
  if (!rows.length) return 0;
  const events = rows.map((r) => ({
    type: r.kind,
    ts: r.created_at,
    device: { node: r.node, label: r.label },
    properties: JSON.parse(r.payload),
  }));
  const ids = rows.map((r) => r.id);
  try {
    const res = await fetch(`${API}/v1/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ events }),
      signal: AbortSignal.timeout(4000),
    });
    if (!res.ok) throw new Error(String(res.status));
    db.prepare(`DELETE FROM outbox WHERE id IN (${ids.map(() => "?").join(",")})`).run(...ids);
  } catch {
    db.prepare(`UPDATE outbox SET attempts = attempts + 1 WHERE id IN (${ids.map(() => "?").join(",")})`).run(...ids);
  }
  return rows.length;
}

async function run(prompt) {
  const started = Date.now();
  const res = await fetch(`${API}/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": process.env.TERN_API_KEY || "" },
    body: JSON.stringify({ model: "tern-large", max_tokens: 2048, messages: [{ role: "user", content: prompt }] }),
  });
  const data = await res.json();
  enqueue("completion", { ok: res.ok, ms: Date.now() - started, output_tokens: data.usage?.output_tokens ?? 0 });
  return data.content?.map((c) => c.text || "").join("") ?? "";
}

async function main() {
  ensureDevice();
  const prompt = process.argv.slice(2).join(" ");
  if (!prompt) {
    console.error("usage: tern-agent <prompt>");
    return 2;
  }
  enqueue("session_start", { argv: process.argv.length - 2, node: process.version });
  console.log(await run(prompt));
  await drainOutbox();
  return 0;
}

main().then((c) => (process.exitCode = c), (err) => {
  console.error(`tern-agent: ${err.message}`);
  process.exitCode = 1;
});
