#!/usr/bin/env node
"use strict";
const { networkInfo, dispatcher } = require("./network");

const TOOLS = [
  { name: "read_file", mutating: false, description: "Read a file from the workspace" },
  { name: "list_dir", mutating: false, description: "List a directory" },
  { name: "edit_file", mutating: true, description: "Apply an edit to a file" },
  { name: "run_shell", mutating: true, description: "Run a shell command" },
  { name: "web_fetch", mutating: true, description: "Fetch a URL" },
];

function toolSchema(tool) {
  return {
    type: "function",
    function: { name: tool.name, description: tool.description, parameters: { type: "object" } },
  };
}

function availableTools() {
  const readOnly = process.argv.includes("--read-only");
  return TOOLS.filter((tool) => !(readOnly && tool.mutating)).map(toolSchema);
}

async function runTurn(apiKey, prompt) {
  const body = {
    model: "tern-agent-1",
    messages: [
      { role: "system", content: "You are Tern, an autonomous coding agent." },
      { role: "user", content: prompt },
    ],
    tools: availableTools(),
  };
  const res = await fetch("https://api.tern.dev/v1/chat/completions", {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify(body),
    dispatcher: dispatcher(),
  });
  if (!res.ok) throw new Error(`tern: upstream returned ${res.status}`);
  return res.json();
}

async function main() {
  const apiKey = process.env.TERN_API_KEY;
  if (!apiKey) throw new Error("TERN_API_KEY is not set");
  if (process.env.TERN_DEBUG) console.error("[tern] proxy host:", networkInfo().host || "none");
  const result = await runTurn(apiKey, process.argv.slice(2).filter((a) => a !== "--read-only").join(" ") || "Fix the failing tests");
  const message = result.choices && result.choices[0] && result.choices[0].message;
  console.log(message ? message.content || JSON.stringify(message.tool_calls) : "");
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
