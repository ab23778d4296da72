#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { CallbackManager, TernTracer, newRunId } from "./callbacks.js";

const API = process.env.TERN_API_URL ?? "https://api.tern.dev";

class PromptTemplate {
  name = "PromptTemplate";
  constructor(template) { this.template = template; }
  async invoke(vars) {
    return this.template.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));
  }
}

class ChatModel {
  name = "TernChat";
  constructor({ model = "tern-large", maxTokens = 1024 } = {}) { Object.assign(this, { model, maxTokens }); }
  async invoke(prompt, { callbacks } = {}) {
    const runId = newRunId();
    await callbacks?.emit("handleLLMStart", this, [prompt], runId);
    const res = await fetch(`${API}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": process.env.TERN_API_KEY ?? "" },
      body: JSON.stringify({ model: this.model, max_tokens: this.maxTokens, messages: [{ role: "user", content: prompt }] }),
    });
    const data = await res.json();
    await callbacks?.emit("handleLLMEnd", { generations: data.content, usage: data.usage }, runId);
    return data.content?.map((c) => c.text ?? "").join("") ?? "";
  }
}

class StringOutputParser {
  name = "StringOutputParser";
  async invoke(text) { return text.trim(); }
}

class RunnableSequence {
  name = "RunnableSequence";
  constructor(steps) { this.steps = steps; }
  static from(steps) { return new RunnableSequence(steps); }
  async invoke(input, { callbacks } = {}) {
    const runId = newRunId();
    await callbacks?.emit("handleChainStart", this, input, runId);
    const child = callbacks?.child(runId);
    try {
      let value = input;
      for (const step of this.steps) value = await step.invoke(value, { callbacks: child });
      await callbacks?.emit("handleChainEnd", { output: value }, runId);
      return value;
    } catch (err) {
      await callbacks?.emit("handleChainError", err, runId);
      throw err;
    }
  }
}

const explain = RunnableSequence.from([
  new PromptTemplate("Explain what this {lang} file does, then list risky spots:\n\n{code}"),
  new ChatModel({ maxTokens: 1500 }),
  new StringOutputParser(),
]);

const file = process.argv[2];
if (!file) {
  console.error("usage: tern-explain <file>");
  process.exit(2);
}
const callbacks = process.env.TERN_TRACING === "false" ? undefined : CallbackManager.fromHandlers([new TernTracer({ project: "explain" })]);
explain
  .invoke({ lang: file.split(".").pop(), code: readFileSync(file, "utf8") }, { callbacks })
  .then((out) => console.log(out), (err) => { console.error(`tern-explain: ${err.message}`); process.exitCode = 1; });
