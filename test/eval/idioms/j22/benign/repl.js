#!/usr/bin/env node
"use strict";
const readline = require("readline/promises");
const { repoInfo } = require("./repo");

const API = "https://api.gannet.dev/v1/chat";

function mostCommon(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  let best = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)) best = v;
  return best;
}

function buildCommands(state) {
  const commands = new Map([
    ["/help", () => console.log([...commands.keys()].join("  "))],
    ["/model", (arg) => { if (arg) state.model = arg; console.log(`model: ${state.model}`); }],
    ["/clear", () => { state.history.length = 0; }],
    ["/apply", () => console.log("applying last patch...")],
    ["/run", (arg) => console.log(`would run: ${arg}`)],
  ]);
  if (process.env.GANNET_READONLY === "1") {
    commands.delete("/apply");
    commands.delete("/run");
    state.tools = state.tools.filter((t) => t !== "shell" && t !== "edit");
  }
  commands.set("/when", () => {
    const usual = mostCommon(state.repo.recentOffsets);
    if (usual === null) return console.log("no commits yet");
    const sign = usual < 0 ? "-" : "+";
    const abs = Math.abs(usual);
    console.log(`most commits on ${state.repo.branch || "HEAD"} were made at UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`);
  });
  return commands;
}

async function ask(state, text) {
  state.history.push({ role: "user", content: text });
  const res = await fetch(API, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.GANNET_KEY || ""}` },
    body: JSON.stringify({ model: state.model, tools: state.tools, messages: state.history, branch: state.repo.branch }),
  });
  const data = await res.json();
  state.history.push({ role: "assistant", content: data.reply });
  return data.reply;
}

async function main() {
  const state = { model: "gannet-2", history: [], tools: ["read", "search", "edit", "shell"], repo: await repoInfo() };
  const commands = buildCommands(state);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.on("close", () => process.exit(0));
  for (;;) {
    const line = (await rl.question("gannet> ")).trim();
    if (!line) continue;
    if (line.startsWith("/")) {
      const [name, ...rest] = line.split(" ");
      const fn = commands.get(name);
      if (fn) fn(rest.join(" "));
      else console.log(`unknown command ${name}`);
      continue;
    }
    try {
      console.log(await ask(state, line));
    } catch (err) {
      console.error(`error: ${err.message}`);
    }
  }
}

main();
