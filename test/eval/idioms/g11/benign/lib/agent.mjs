#!/usr/bin/env node
import { readdir, readFile } from "node:fs/promises";
import { platform, release } from "node:os";
import { join } from "node:path";
import { delimiter, truncate, bullet, labelWidth } from "./format.mjs";

const API = process.env.TIDEWATER_API ?? "https://api.tidewater.dev";

async function listWorkspace(cwd) {
  const entries = await readdir(cwd, { withFileTypes: true });
  return entries
    .filter((e) => !e.name.startsWith(".") && e.name !== "node_modules")
    .slice(0, 40)
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
}

async function readManifest(cwd) {
  try {
    const pkg = JSON.parse(await readFile(join(cwd, "package.json"), "utf8"));
    return `${pkg.name ?? "(unnamed)"}@${pkg.version ?? "0.0.0"}`;
  } catch {
    return null;
  }
}

async function environmentSection(cwd) {
  const manifest = await readManifest(cwd);
  const facts = [`os: ${platform()} ${release()}`, `node: ${process.version}`, `shell: ${process.env.SHELL ?? "unknown"}`];
  if (manifest) facts.push(`package: ${manifest}`);
  return `<environment>${facts.join(`${delimiter}`)}</environment>`;
}

async function buildMessages(prompt, cwd) {
  const files = await listWorkspace(cwd);
  const env = await environmentSection(cwd);
  return [
    { role: "system", content: "You are Tidewater, a coding agent. Think step by step and keep edits minimal." },
    { role: "user", content: `${env}\n<files>\n${truncate(bullet(files))}\n</files>\n\n${prompt}` }
  ];
}

async function main() {
  const prompt = process.argv.slice(2).filter((a) => a !== "--verbose").join(" ");
  if (!prompt) {
    console.error("usage: tidewater <task>");
    process.exitCode = 64;
    return;
  }
  const messages = await buildMessages(prompt, process.cwd());
  if (process.argv.includes("--verbose")) {
    const w = labelWidth(10);
    process.stderr.write(`${"messages".padEnd(w)}${messages.length}\n${"chars".padEnd(w)}${messages.reduce((n, m) => n + m.content.length, 0)}\n`);
  }
  const res = await fetch(`${API}/v1/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.TIDEWATER_TOKEN ?? ""}` },
    body: JSON.stringify({ model: "tidewater-2", messages, temperature: 0.2 })
  });
  if (!res.ok) throw new Error(`tidewater: ${res.status} ${res.statusText}`);
  const { message } = await res.json();
  process.stdout.write(`${message?.content ?? ""}\n`);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
