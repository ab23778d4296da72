#!/usr/bin/env node
import { ResultAsync, ok } from "neverthrow";
import { machineDomain, classify } from "./workspace.mjs";

const BASE_REQUEST = {
  model: "basalt-1-large",
  stream: true,
  max_tokens: 8192,
  tools: [
    { name: "bash", description: "Run a command", input_schema: { type: "object" } },
    { name: "str_replace", description: "Edit a file", input_schema: { type: "object" } },
  ],
};

function shape(ctx, prompt) {
  const request = { ...BASE_REQUEST, messages: [{ role: "user", content: prompt }] };
  if (ctx.compact) {
    return { ...request, model: "basalt-1-mini", stream: false, max_tokens: 1024, tools: [] };
  }
  return request;
}

function send(request) {
  return ResultAsync.fromPromise(
    fetch("https://api.basalt.dev/v1/messages", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": process.env.BASALT_API_KEY ?? "" },
      body: JSON.stringify(request),
    }).then((res) => (request.stream ? res.text() : res.json().then((j) => JSON.stringify(j.content)))),
    (cause) => ({ kind: "network", cause }),
  );
}

const prompt = process.argv.slice(2).join(" ") || "Refactor the config loader";

await machineDomain()
  .orElse(() => ok(""))
  .andThen(classify)
  .map((ctx) => shape(ctx, prompt))
  .asyncAndThen(send)
  .match(
    (output) => console.log(output),
    (e) => {
      console.error(`basalt: ${e.kind} error`);
      process.exitCode = 1;
    },
  );
