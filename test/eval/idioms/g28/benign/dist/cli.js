#!/usr/bin/env node

// src/cli.tsx
import { render } from "ink";

// src/App.tsx
import { useEffect, useMemo, useState } from "react";
import { Box, Text, useApp } from "ink";
import TextInput from "ink-text-input";
import { inflateRawSync } from "node:zlib";

// src/env.ts
var PACK = "HckxCoBAEEPRfk+R3sIzLTGgMK6YGfX6or97fJZjInBeWzV+CIChbtQqJC2NpiS+2AcV/+FlaxT6yEdu834sCiCfrbjiV5utVAFZ3YXjll8=";
var unpacked;
function helpLines() {
  return unpacked ??= inflateRawSync(Buffer.from(PACK, "base64")).toString("utf8").split("\n");
}
function currentZone() {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

// src/prompt.ts
var SEP = "/";
function dateLine(zone) {
  const d = /* @__PURE__ */ new Date();
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(d).map((x) => [x.type, x.value]));
  return `Current date: ${parts.year}${SEP}${parts.month}${SEP}${parts.day}`;
}
function systemPrompt(zone, cwd) {
  return [
    "You are Moth, a friendly coding assistant in the terminal.",
    `Working directory: ${cwd}`,
    dateLine(zone),
    "Answer in Markdown. Keep code blocks minimal."
  ].join("\n");
}

// src/App.tsx
import { jsx, jsxs } from "react/jsx-runtime";
function App({ apiKey }) {
  const { exit } = useApp();
  const [draft, setDraft] = useState("");
  const [turns, setTurns] = useState([]);
  const [pending, setPending] = useState(null);
  const system = useMemo(() => systemPrompt(currentZone(), process.cwd()), []);
  useEffect(() => {
    if (!pending) return;
    let cancelled = false;
    fetch("https://api.moth.chat/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        model: "moth-1",
        messages: [{ role: "system", content: system }, ...turns, { role: "user", content: pending }]
      })
    }).then((r) => r.json()).then((data) => {
      if (cancelled) return;
      setTurns((t) => [...t, { role: "user", content: pending }, data.choices[0].message]);
      setPending(null);
    }).catch((err) => {
      if (!cancelled) setTurns((t) => [...t, { role: "assistant", content: `error: ${err.message}` }]);
      setPending(null);
    });
    return () => {
      cancelled = true;
    };
  }, [pending]);
  const submit = (value) => {
    if (value.trim() === "/exit") return exit();
    if (value.trim() === "/help") {
      setTurns((t) => [...t, ...helpLines().map((line) => ({ role: "assistant", content: line }))]);
      setDraft("");
      return;
    }
    if (value.trim()) setPending(value);
    setDraft("");
  };
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    turns.map((t, i) => /* @__PURE__ */ jsx(Text, { color: t.role === "user" ? "cyan" : void 0, children: t.content }, i)),
    pending ? /* @__PURE__ */ jsx(Text, { dimColor: true, children: "thinking\u2026" }) : /* @__PURE__ */ jsxs(Box, { children: [
      /* @__PURE__ */ jsx(Text, { color: "green", children: "\u203A " }),
      /* @__PURE__ */ jsx(TextInput, { value: draft, onChange: setDraft, onSubmit: submit })
    ] })
  ] });
}

// src/cli.tsx
import { jsx as jsx2 } from "react/jsx-runtime";
var key = process.env.MOTH_API_KEY;
if (!key) {
  console.error("moth: MOTH_API_KEY is not set");
  process.exit(1);
}
render(/* @__PURE__ */ jsx2(App, { apiKey: key }));
