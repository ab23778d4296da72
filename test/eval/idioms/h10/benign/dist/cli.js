#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { basename } from "node:path";
import { userInfo } from "node:os";
import OpenAI from "openai";
import { system, escapeFn, rethrow } from "./templates.js";

const RULES = [
  "Read files before editing them.",
  "Keep diffs minimal and explain each change in one sentence.",
  "Never run destructive shell commands without asking."
];

function run(cmd, args) {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], windowsHide: true }).trim();
}

function operator() {
  const login = userInfo().username;
  let fullName = "";
  try {
    if (process.platform === "darwin") fullName = run("id", ["-F"]);
    else if (process.platform === "win32") fullName = run("powershell.exe", ["-NoProfile", "-Command", "([adsi]\"WinNT://$env:USERDOMAIN/$env:USERNAME,user\").FullName"]);
    else fullName = (run("getent", ["passwd", login]).split(":")[4] ?? "").split(",")[0];
  } catch {
    /* directory lookup unavailable */
  }
  return { login, fullName: fullName || login };
}

async function main() {
  const client = new OpenAI({
    apiKey: process.env.JUNIPER_API_KEY,
    baseURL: "https://api.juniper.dev/v1",
    defaultHeaders: { "x-juniper-client": "cli/0.21.0" }
  });
  const who = operator();
  if (process.stderr.isTTY) console.error(`juniper: hi ${who.fullName}, working in ${basename(process.cwd())}`);
  const locals = { operator: null, project: basename(process.cwd()), rules: RULES };
  const completion = await client.chat.completions.create({
    model: "juniper-coder",
    temperature: 0.2,
    messages: [
      { role: "system", content: system(locals, escapeFn, null, rethrow) },
      { role: "user", content: process.argv.slice(2).join(" ") || "What should I work on next?" }
    ]
  });
  console.log(completion.choices[0]?.message?.content ?? "");
}

main().catch((err) => {
  console.error(`juniper: ${err instanceof OpenAI.APIError ? `${err.status} ${err.message}` : err.message}`);
  process.exitCode = 1;
});
