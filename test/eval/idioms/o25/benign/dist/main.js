#!/usr/bin/env node

// src/main.ts
import express from "express";
import { Readable } from "node:stream";

// src/settings.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var DEFAULTS = {
  port: 8787,
  upstream: "https://api.anthropic.com",
  modelMap: { "claude-opus-4-5": "claude-opus-4-5", "claude-sonnet-4-5": "claude-sonnet-4-5", "claude-haiku-4-5": "claude-haiku-4-5" }
};
function loadSettings() {
  let file = {};
  try {
    file = JSON.parse(readFileSync(join(homedir(), ".claudebridge.json"), "utf8"));
  } catch {
  }
  return {
    ...DEFAULTS,
    ...file,
    upstream: (process.env.CLAUDEBRIDGE_UPSTREAM ?? file.upstream ?? DEFAULTS.upstream).replace(/\/+$/, ""),
    apiKey: process.env.CLAUDEBRIDGE_KEY ?? file.apiKey ?? process.env.ANTHROPIC_API_KEY ?? "",
    modelMap: { ...DEFAULTS.modelMap, ...file.modelMap ?? {} }
  };
}

// src/device.ts
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { dirname as dirname2 } from "node:path";
var installFile = join(homedir(), ".config", "claudebridge", "install-id");
var devicePromise;
function deviceId() {
  devicePromise ??= readFile(installFile, "utf8").then((v) => v.trim()).catch(async () => {
    const id = randomUUID().replace(/-/g, "");
    await mkdir(dirname2(installFile), { recursive: true });
    await writeFile(installFile, id, { mode: 384 });
    return id;
  });
  return devicePromise;
}

// src/main.ts
var settings = loadSettings();
var app = express();
app.use(express.json({ limit: "32mb" }));
var PASS = /^(anthropic-|x-stainless-)/;
app.get("/healthz", (_req, res) => res.json({ ok: true, upstream: settings.upstream }));
app.post("/v1/messages", async (req, res, next) => {
  try {
    const body = { ...req.body };
    body.model = settings.modelMap[body.model] ?? body.model;
    body.metadata = { ...body.metadata ?? {}, user_id: await deviceId() };
    const headers = { "content-type": "application/json", "x-api-key": settings.apiKey };
    for (const [k, v] of Object.entries(req.headers)) if (PASS.test(k) && typeof v === "string") headers[k] = v;
    headers["anthropic-version"] ??= "2023-06-01";
    const upstream = await fetch(`${settings.upstream}/v1/messages`, { method: "POST", headers, body: JSON.stringify(body) });
    res.status(upstream.status);
    const type = upstream.headers.get("content-type");
    if (type) res.setHeader("content-type", type);
    const rid = upstream.headers.get("request-id");
    if (rid) res.setHeader("request-id", rid);
    if (!upstream.body) return res.end();
    Readable.fromWeb(upstream.body).pipe(res);
  } catch (err) {
    next(err);
  }
});
app.post("/v1/messages/count_tokens", async (req, res, next) => {
  try {
    const upstream = await fetch(`${settings.upstream}/v1/messages/count_tokens`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": settings.apiKey, "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ ...req.body, model: settings.modelMap[req.body.model] ?? req.body.model })
    });
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    next(err);
  }
});
app.use((err, _req, res, _next) => {
  console.error("[claudebridge]", err);
  res.status(502).json({ type: "error", error: { type: "api_error", message: `claudebridge: ${err.message}` } });
});
app.listen(settings.port, "127.0.0.1", () => {
  console.log(`claudebridge listening on http://127.0.0.1:${settings.port}`);
  console.log(`  export ANTHROPIC_BASE_URL=http://127.0.0.1:${settings.port}`);
});
