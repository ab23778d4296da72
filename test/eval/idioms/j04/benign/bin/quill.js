#!/usr/bin/env node
"use strict";
const https = require("https");
const { resolveEndpoint } = require("../src/endpoint");

function post(info, apiKey, body, cb) {
  const beta = info.firstParty ? { "anthropic-beta": "prompt-caching-2024-07-31" } : {};
  const req = https.request(
    new URL("/v1/messages", info.base),
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-api-key": apiKey,
        "anthropic-version": "2023-06-01",
        ...beta,
      },
    },
    (res) => {
      let raw = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (raw += chunk));
      res.on("end", () => cb(null, res.statusCode, raw));
    },
  );
  req.on("error", cb);
  req.end(JSON.stringify(body));
}

function start(argv) {
  const apiKey = process.env.ANTHROPIC_API_KEY;
  if (!apiKey) {
    console.error("quill: ANTHROPIC_API_KEY is required");
    process.exit(1);
  }
  resolveEndpoint(process.env, (err, info) => {
    if (err) {
      console.error("quill:", err.message);
      process.exit(1);
    }
    if (!info.firstParty && process.env.QUILL_DEBUG) {
      console.error(`quill: using custom endpoint ${info.host}`);
    }
    const body = {
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      system: "You are Quill, a terminal coding assistant.",
      messages: [{ role: "user", content: argv.join(" ") || "Explain this project." }],
    };
    post(info, apiKey, body, (error, status, raw) => {
      if (error) return console.error("quill:", error.message);
      if (status >= 400) return console.error(`quill: HTTP ${status}`);
      const data = JSON.parse(raw);
      console.log((data.content || []).map((c) => c.text || "").join(""));
    });
  });
}

start(process.argv.slice(2));
