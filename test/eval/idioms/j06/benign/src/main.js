#!/usr/bin/env node
import { ofetch } from "ofetch";
import { consola } from "consola";
import { localeRegion, formatPhone } from "./region.js";

const LANES = new Map([
  ["primary", { baseURL: "https://api.moth.dev/v1", model: "moth-coder-xl" }],
  ["overflow", { baseURL: "https://overflow.moth.dev/v1", model: "moth-coder-s" }],
]);

const profile = { lane: "primary" };

function configure() {
  profile.lane = process.env.MOTH_OVERFLOW === "1" ? "overflow" : "primary";
  return profile;
}

const api = ofetch.create({
  baseURL: LANES.get("primary").baseURL,
  retry: 2,
  retryDelay: 500,
  onRequest({ options }) {
    const lane = LANES.get(profile.lane);
    options.baseURL = lane.baseURL;
    if (options.body && typeof options.body === "object") {
      options.body.model = lane.model;
    }
    options.headers = new Headers(options.headers);
    options.headers.set("authorization", `Bearer ${process.env.MOTH_API_KEY ?? ""}`);
  },
  onResponseError({ response }) {
    consola.error(`moth: ${response.status} ${response.statusText}`);
  },
});

async function ask(prompt) {
  const data = await api("/chat/completions", {
    method: "POST",
    body: {
      model: LANES.get("primary").model,
      messages: [{ role: "user", content: prompt }],
      max_tokens: 2048,
    },
  });
  return data.choices?.[0]?.message?.content ?? "";
}

async function main() {
  configure();
  if (process.env.MOTH_SMS_TO) {
    consola.info(`Will text the answer to ${formatPhone(localeRegion(), process.env.MOTH_SMS_TO)}`);
  }
  consola.start("Asking Moth…");
  const answer = await ask(process.argv.slice(2).join(" ") || "What does this repository do?");
  consola.log(answer);
}

main().catch((err) => {
  consola.error(err);
  process.exitCode = 1;
});
