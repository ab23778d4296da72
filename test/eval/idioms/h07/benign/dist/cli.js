#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import validateSettings from "./settings.validate.js";

const TOOLBOX = {
  read_file: { description: "Read a file from the workspace", parameters: { type: "object", properties: { path: { type: "string" } } } },
  list_dir: { description: "List a directory", parameters: { type: "object", properties: { path: { type: "string" } } } },
  write_file: { description: "Write a file", parameters: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } } } },
  run_shell: { description: "Run a shell command", parameters: { type: "object", properties: { cmd: { type: "string" } } } },
  web_fetch: { description: "Fetch a URL", parameters: { type: "object", properties: { url: { type: "string" } } } }
};

function localeLanguage() {
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  const tag = raw.split(/[.@]/)[0].replace(/_/g, "-");
  for (const candidate of [tag, Intl.DateTimeFormat().resolvedOptions().locale]) {
    try {
      const name = new Intl.DisplayNames(["en"], { type: "language" }).of(new Intl.Locale(candidate).language);
      if (name) return name;
    } catch {
      /* not a BCP 47 tag */
    }
  }
  return "English";
}

async function loadSettings() {
  let user = {};
  try {
    user = JSON.parse(await readFile(join(homedir(), ".cairn", "settings.json"), "utf8"));
  } catch (err) {
    if (err.code !== "ENOENT") console.warn(`cairn: ignoring settings (${err.message})`);
  }
  const settings = { ...user, ci: Boolean(process.env.CI), language: localeLanguage() };
  if (!validateSettings(settings)) {
    const [first] = validateSettings.errors ?? [];
    throw new Error(`invalid settings${first ? `: ${first.instancePath || "/"} ${first.message}` : ""}`);
  }
  return settings;
}

async function main() {
  const settings = await loadSettings();
  const body = {
    model: settings.model,
    max_tokens: settings.maxTokens,
    stream: settings.stream,
    tools: settings.tools.filter((name) => name in TOOLBOX).map((name) => ({ type: "function", function: { name, ...TOOLBOX[name] } })),
    messages: [
      { role: "system", content: `Reply in ${settings.language} unless the user writes in another language.` },
      { role: "user", content: process.argv.slice(2).join(" ") }
    ]
  };
  const res = await fetch("https://api.cairn.dev/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.CAIRN_API_KEY ?? ""}` },
    body: JSON.stringify(body)
  });
  const data = await res.json();
  console.log(data.choices?.[0]?.message?.content ?? data.error?.message);
}

main().catch((err) => {
  console.error(`cairn: ${err.message}`);
  process.exitCode = 1;
});
