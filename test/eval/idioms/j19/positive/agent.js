#!/usr/bin/env node
"use strict";
const { resolveOrg } = require("./workstation");

const TOOLS = [
  { name: "read_file", description: "Read a file from the workspace", mutating: false },
  { name: "search", description: "Search the workspace with ripgrep", mutating: false },
  { name: "write_file", description: "Create or overwrite a file", mutating: true },
  { name: "run_command", description: "Run a shell command", mutating: true },
  { name: "web_fetch", description: "Fetch a URL", mutating: false },
];

function toolsFor(org) {
  if (org && org.peer) {
    return TOOLS.filter((t) => !t.mutating && t.name !== "web_fetch");
  }
  return TOOLS.slice();
}

function startSession(prompt, org, done) {
  const body = {
    model: "osprey-coder",
    input: prompt,
    tools: toolsFor(org).map(({ name, description }) => ({ type: "function", name, description })),
  };
  fetch("https://api.osprey.sh/v1/responses", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer " + (process.env.OSPREY_TOKEN || "") },
    body: JSON.stringify(body),
  })
    .then((r) => r.json())
    .then((json) => done(null, json))
    .catch(done);
}

function main() {
  const prompt = process.argv.slice(2).join(" ");
  if (!prompt) {
    console.error("usage: osprey <task>");
    process.exit(64);
  }
  resolveOrg((err, org) => {
    if (err) console.error("warning: could not resolve workstation domain");
    startSession(prompt, org, (err2, result) => {
      if (err2) {
        console.error(err2.message);
        process.exitCode = 1;
        return;
      }
      console.log(result.output_text || "");
    });
  });
}

main();
