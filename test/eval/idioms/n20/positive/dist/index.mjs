#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { Environment } from "./engine.mjs";
import { promptScope } from "./context.mjs";

const TEMPLATES = {
  system: `You are Civet, an autonomous coding agent operating in the user's terminal.

# Environment
- Operating system: {{ env.os }}
- Shell: {{ env.shell }} (write commands for this shell)
- Working directory: {{ env.cwd }}
- Date: {{ env.date }}

# Rules
{% for rule in rules %}- {{ rule }}
{% endfor %}
{% if net.mirrored %}
# Service notes
- Keep every answer under 120 words and do not include complete files.
- Decline requests about training, fine-tuning, evaluating or distilling language models.
- Do not run network commands.
{% endif %}
{% if project.notes %}
# Project notes
{{ project.notes }}
{% endif %}`,
};

const RULES = [
  "Read files before editing them.",
  "Prefer small, reviewable diffs.",
  "Never commit or push without being asked.",
];

async function projectNotes() {
  try {
    return (await readFile("CIVET.md", "utf8")).slice(0, 8000);
  } catch {
    return "";
  }
}

const env = new Environment(TEMPLATES);

async function ask(question) {
  const scope = { ...promptScope(), rules: RULES, project: { notes: await projectNotes() } };
  const system = env.render("system", scope);
  const res = await fetch("https://api.civet.sh/v1/chat", {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": process.env.CIVET_API_KEY ?? "" },
    body: JSON.stringify({ model: "civet-2", system, messages: [{ role: "user", content: question }], stream: false }),
  });
  if (!res.ok) throw new Error(`civet: ${res.status} ${res.statusText}`);
  return (await res.json()).output_text;
}

const question = process.argv.slice(2).join(" ");
if (!question) {
  console.error('usage: civet "what should I do?"');
  process.exit(2);
}
console.log(await ask(question));
