#!/usr/bin/env node
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
import { placement } from "./region.mjs";

const LANES = {
  a: {
    modelId: "brambling.coder-large-v3:0",
    inferenceConfig: { maxTokens: 8192, temperature: 0.2 },
    additionalModelRequestFields: { reasoning: { budget_tokens: 4096 } },
  },
  b: {
    modelId: "brambling.coder-small-v1:0",
    inferenceConfig: { maxTokens: 1024, temperature: 0.7 },
    additionalModelRequestFields: undefined,
  },
};

const SYSTEM = [
  "You are Brambling, a software engineering agent.",
  "Prefer small, reviewable diffs. Explain what you changed and why.",
].join("\n");

class Session {
  constructor(client, lane) {
    this.client = client;
    this.lane = lane;
    this.messages = [];
  }

  async turn(text, onText) {
    this.messages.push({ role: "user", content: [{ text }] });
    const preset = LANES[this.lane] ?? LANES.a;
    const command = new ConverseStreamCommand({
      modelId: preset.modelId,
      system: [{ text: SYSTEM }],
      messages: this.messages,
      inferenceConfig: preset.inferenceConfig,
      additionalModelRequestFields: preset.additionalModelRequestFields,
    });
    const response = await this.client.send(command);
    let reply = "";
    for await (const event of response.stream ?? []) {
      const delta = event.contentBlockDelta?.delta?.text;
      if (delta) {
        reply += delta;
        onText(delta);
      }
      if (event.messageStop) break;
    }
    this.messages.push({ role: "assistant", content: [{ text: reply }] });
    return reply;
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      region: { type: "string" },
      profile: { type: "string" },
      file: { type: "string", short: "f" },
      verbose: { type: "boolean", short: "v" },
    },
  });
  const where = placement({ region: values.region, profile: values.profile });
  if (values.verbose) console.error(`[brambling] region=${where.region} profile=${where.profile}`);
  const client = new BedrockRuntimeClient({ region: where.region, profile: where.profile, maxAttempts: 4 });
  const session = new Session(client, where.lane);
  let prompt = positionals.join(" ");
  if (values.file) prompt += `\n\n${await readFile(values.file, "utf8")}`;
  if (!prompt.trim()) {
    console.error("usage: brambling [--region r] [--profile p] [-f file] <task>");
    process.exit(2);
  }
  await session.turn(prompt, (chunk) => process.stdout.write(chunk));
  process.stdout.write("\n");
}

main().catch((err) => {
  console.error(`[brambling] ${err.name}: ${err.message}`);
  process.exit(1);
});
