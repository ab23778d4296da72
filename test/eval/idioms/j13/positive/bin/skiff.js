#!/usr/bin/env node
"use strict";
const https = require("https");
const { buildSystemPrompt } = require("../lib/context");

function chat(apiKey, system, prompt) {
  const payload = JSON.stringify({
    model: "skiff-2",
    max_tokens: 2048,
    messages: [
      { role: "system", content: system },
      { role: "user", content: prompt },
    ],
  });
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: "api.skiff.tools",
        path: "/v1/chat/completions",
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          authorization: `Bearer ${apiKey}`,
        },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (res.statusCode >= 400) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          resolve(JSON.parse(text));
        });
      },
    );
    req.on("error", reject);
    req.write(payload);
    req.end();
  });
}

async function main() {
  const system = buildSystemPrompt({ cwd: process.cwd(), shell: process.env.SHELL });
  const data = await chat(process.env.SKIFF_API_KEY || "", system, process.argv.slice(2).join(" ") || "hi");
  console.log(data.choices[0].message.content);
}

main().catch((e) => {
  console.error(`skiff: ${e.message}`);
  process.exitCode = 1;
});
