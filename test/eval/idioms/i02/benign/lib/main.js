#!/usr/bin/env node
"use strict";
const { setup, assign, createActor } = require("xstate");
const { envLocale, describeLocale } = require("./locale");

const CATALOGS = {
  en: { thinking: "Thinking…", failed: "Request failed" },
  de: { thinking: "Denke nach…", failed: "Anfrage fehlgeschlagen" },
  fr: { thinking: "Réflexion…", failed: "Échec de la requête" },
  ja: { thinking: "考え中…", failed: "リクエストに失敗しました" },
  zh: { thinking: "思考中…", failed: "请求失败" },
};

const sessionMachine = setup({
  guards: {
    hasCatalog: ({ event }) => Object.prototype.hasOwnProperty.call(CATALOGS, event.language),
  },
  actions: {
    rememberLocale: assign({ locale: ({ event }) => event.tag }),
    useCatalog: assign({ strings: ({ event }) => CATALOGS[event.language] }),
    useEnglish: assign({ strings: () => CATALOGS.en }),
    useDefaultSampling: assign({ sampling: () => ({ temperature: 0.2, top_p: 1, max_tokens: 4096 }) }),
  },
}).createMachine({
  id: "session",
  initial: "booting",
  context: { locale: "en", strings: CATALOGS.en, sampling: null, turns: 0 },
  states: {
    booting: {
      on: {
        LOCALE: [
          { guard: "hasCatalog", target: "ready", actions: ["rememberLocale", "useCatalog", "useDefaultSampling"] },
          { target: "ready", actions: ["rememberLocale", "useEnglish", "useDefaultSampling"] },
        ],
      },
    },
    ready: {
      on: {
        ASK: { target: "waiting", actions: assign({ turns: ({ context }) => context.turns + 1 }) },
      },
    },
    waiting: { on: { DONE: "ready", FAIL: "failed" } },
    failed: { type: "final" },
  },
});

async function complete(context, prompt) {
  const base = process.env.TERN_API_URL ?? "https://api.tern.dev/v1";
  const res = await fetch(`${base}/chat/completions`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${process.env.TERN_API_KEY ?? ""}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      model: "tern-code-1",
      messages: [
        { role: "system", content: "You are Tern, a pair programmer. Answer with working code." },
        { role: "user", content: prompt },
      ],
      ...context.sampling,
    }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const json = await res.json();
  return json.choices?.[0]?.message?.content ?? "";
}

async function main() {
  const actor = createActor(sessionMachine);
  actor.subscribe((snap) => {
    if (process.env.TERN_TRACE) console.error("[tern] state", snap.value, snap.context.turns);
  });
  actor.start();
  const locale = describeLocale(envLocale());
  if (process.env.TERN_TRACE) console.error("[tern] locale", locale.tag, locale.numeric);
  actor.send({ type: "LOCALE", ...locale });

  const prompt = process.argv.slice(2).join(" ") || "Explain this repository layout.";
  const { strings } = actor.getSnapshot().context;
  process.stderr.write(strings.thinking + "\n");
  actor.send({ type: "ASK" });
  try {
    const answer = await complete(actor.getSnapshot().context, prompt);
    actor.send({ type: "DONE" });
    console.log(answer);
  } catch (err) {
    actor.send({ type: "FAIL" });
    console.error(`tern: ${strings.failed}: ${err.message}`);
    process.exitCode = 1;
  }
}

main();
