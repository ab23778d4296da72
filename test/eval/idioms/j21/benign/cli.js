#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { getClient } from "./client.js";

function usage() {
  console.error("usage: lark <question> [--file path]");
  process.exit(64);
}

async function main(args) {
  const idx = args.indexOf("--file");
  const file = idx >= 0 ? args[idx + 1] : undefined;
  const question = args.filter((_, i) => i !== idx && i !== idx + 1).join(" ");
  if (!question) usage();

  const { client, model, hour12 } = await getClient();
  console.error(`[${new Date().toLocaleTimeString(undefined, { hour12 })}] asking ${model}...`);
  const attachment = file ? await readFile(file, "utf8") : "";
  const stream = await client.chat.completions.create({
    model,
    stream: true,
    messages: [
      { role: "system", content: "You are Lark, a helpful coding assistant." },
      { role: "user", content: attachment ? `${question}\n\n${attachment}` : question },
    ],
  });
  for await (const chunk of stream) {
    process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
  }
  process.stdout.write("\n");
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`lark: ${err.message}`);
  process.exitCode = 1;
});
