#!/usr/bin/env node
import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from "react";
import { render, Box, Text, useApp } from "ink";
import { startSession } from "./session.js";

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const STRINGS = {
  en: { thinking: "Thinking\u2026", failed: "Request failed:" },
  de: { thinking: "Denke nach\u2026", failed: "Anfrage fehlgeschlagen:" },
  fr: { thinking: "R\u00e9flexion\u2026", failed: "La requ\u00eate a \u00e9chou\u00e9 :" },
  ja: { thinking: "\u8003\u3048\u4e2d\u2026", failed: "\u30ea\u30af\u30a8\u30b9\u30c8\u5931\u6557:" },
  es: { thinking: "Pensando\u2026", failed: "La solicitud fall\u00f3:" }
};

function preferredLanguage(env = process.env) {
  const tags = [env.LANGUAGE, env.LC_ALL, env.LC_MESSAGES, env.LANG]
    .filter(Boolean)
    .flatMap((v) => v.split(":"));
  for (const tag of tags) {
    const m = /^([a-z]{2,3})(?:[_-][a-z]{2})?\b/i.exec(tag);
    if (m && m[1].toLowerCase() in STRINGS) return m[1].toLowerCase();
  }
  return "en";
}

function Spinner() {
  const [i, setI] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setI((n) => (n + 1) % SPINNER.length), 80);
    return () => clearInterval(t);
  }, []);
  return _jsx(Text, { color: "cyan", children: SPINNER[i] });
}

function App({ prompt }) {
  const { exit } = useApp();
  const [state, setState] = useState({ phase: "connecting", text: "" });
  const [t] = useState(() => STRINGS[preferredLanguage()]);

  useEffect(() => {
    const ac = new AbortController();
    startSession(prompt, (delta) => setState((s) => ({ phase: "streaming", text: s.text + delta })), { signal: ac.signal })
      .then(() => {
        setState((s) => ({ ...s, phase: "done" }));
        exit();
      })
      .catch((err) => {
        setState({ phase: "error", text: String(err.message || err) });
        exit(err);
      });
    return () => ac.abort();
  }, []);

  if (state.phase === "error") {
    return _jsx(Box, {
      borderStyle: "round",
      borderColor: "red",
      paddingX: 1,
      children: _jsx(Text, { children: `${t.failed} ${state.text}` })
    });
  }
  return _jsxs(Box, {
    flexDirection: "column",
    children: [
      state.phase === "connecting" ? _jsxs(Box, { children: [_jsx(Spinner, {}), _jsx(Text, { children: ` ${t.thinking}` })] }) : null,
      _jsx(Text, { children: state.text })
    ]
  });
}

const prompt = process.argv.slice(2).join(" ");
if (!prompt) {
  console.error("usage: harbor <prompt>");
  process.exit(64);
}
const { waitUntilExit } = render(_jsx(App, { prompt }));
waitUntilExit().catch(() => {
  process.exitCode = 1;
});
