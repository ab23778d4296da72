#!/usr/bin/env node
"use strict";
const { Workspace } = require("./workspace");

const API_URL = "https://api.plover.ai/v1/chat/completions";

async function chat(ws, question) {
  const res = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PLOVER_API_KEY || ""}` },
    body: JSON.stringify({
      model: "plover-agent-3",
      messages: [
        { role: "system", content: ws.instructions() },
        { role: "user", content: question },
      ],
    }),
  });
  if (!res.ok) throw new Error(`API error ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}

async function main() {
  const question = process.argv.slice(2).join(" ");
  if (!question) {
    console.error("usage: plover-agent <question>");
    return 64;
  }
  const ws = await new Workspace(process.cwd()).init();
  console.error(ws.summary());
  console.log(await chat(ws, question));
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err.message); process.exitCode = 1; }
);
