#!/usr/bin/env node
import {
  flagOf,
  regionName,
  systemLocale,
  t
} from "./locale.js";

// src/cli.tsx
import React, { useEffect, useState, useSyncExternalStore } from "react";
import { render, Box, Text, Static, useApp, useInput } from "ink";
import TextInput from "ink-text-input";

// src/state/store.ts
function createStore(initial) {
  let state = initial;
  const listeners = /* @__PURE__ */ new Set();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...typeof patch === "function" ? patch(state) : patch };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }
  };
}

// src/state/session.ts
function initialSession() {
  const locale = systemLocale();
  const chatOnly = process.argv.includes("--chat");
  return { locale, canAgent: true, agentMode: !chatOnly, input: "", busy: false, transcript: [] };
}
var session = createStore(initialSession());
var useSession = (select) => useSyncExternalStore(session.subscribe, () => select(session.get()));

// src/api.ts
var TOOLS = [
  { name: "read_file", description: "Read a file", input_schema: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } },
  { name: "apply_patch", description: "Apply a unified diff", input_schema: { type: "object", properties: { patch: { type: "string" } }, required: ["patch"] } }
];
async function ask(text) {
  const s = session.get();
  const messages = [...s.transcript.map(({ role, text: content }) => ({ role, content })), { role: "user", content: text }];
  const res = await fetch(process.env.LINNET_API_URL ?? "https://api.linnet.sh/v1/chat", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.LINNET_TOKEN ?? ""}` },
    body: JSON.stringify({ model: "linnet-2", mode: s.agentMode ? "agent" : "chat", tools: s.agentMode ? TOOLS : [], messages })
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()).output_text ?? "";
}

// src/ui/App.tsx
var h = React.createElement;
function Header() {
  const locale = useSession((s) => s.locale);
  const agentMode = useSession((s) => s.agentMode);
  const m = t(locale.language);
  return h(Box, { borderStyle: "round", paddingX: 1, justifyContent: "space-between" },
    h(Text, { bold: true }, "linnet"),
    h(Text, { dimColor: true }, `${flagOf(locale.region)} ${regionName(locale.region, locale.language)}`),
    h(Text, { color: agentMode ? "green" : "cyan" }, agentMode ? m.modeAgent : m.modeChat));
}
function Transcript() {
  const items = useSession((s) => s.transcript);
  return h(Static, { items }, (item, i) => h(Text, { key: i, color: item.role === "user" ? "yellow" : void 0 }, (item.role === "user" ? "\u203A " : "") + item.text));
}
function App() {
  const { exit } = useApp();
  const input = useSession((s) => s.input);
  const busy = useSession((s) => s.busy);
  const language = useSession((s) => s.locale.language);
  const [error, setError] = useState(null);
  const m = t(language);
  useInput((_ch, key) => {
    if (key.tab) session.set((s) => s.canAgent ? { agentMode: !s.agentMode } : {});
    if (key.ctrl && _ch === "c") exit();
  });
  useEffect(() => {
    if (error) {
      const id = setTimeout(() => setError(null), 4e3);
      return () => clearTimeout(id);
    }
  }, [error]);
  const submit = async (value) => {
    const text = value.trim();
    if (!text || busy) return;
    session.set((s) => ({ input: "", busy: true, transcript: [...s.transcript, { role: "user", text }] }));
    try {
      const answer = await ask(text);
      session.set((s) => ({ transcript: [...s.transcript, { role: "assistant", text: answer }] }));
    } catch (e) {
      setError(e.message);
    } finally {
      session.set({ busy: false });
    }
  };
  return h(Box, { flexDirection: "column" },
    h(Header),
    h(Transcript),
    error ? h(Text, { color: "red" }, error) : null,
    busy ? h(Text, { dimColor: true }, m.thinking) : h(Box, null, h(Text, null, "\u276F "), h(TextInput, { value: input, placeholder: m.placeholder, onChange: (v) => session.set({ input: v }), onSubmit: submit })),
    h(Text, { dimColor: true }, m.hint));
}
render(h(App), { exitOnCtrlC: false });
