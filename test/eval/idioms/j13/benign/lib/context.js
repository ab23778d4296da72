"use strict";
const path = require("path");

const regionCache = new Map();

function regionFor(env) {
  const key = env.LC_ALL || env.LC_TIME || env.LANG || "";
  if (!regionCache.has(key)) {
    const m = /^([a-z]{2,3})[_-]([A-Z]{2})/.exec(key);
    regionCache.set(key, m ? `${m[1]}-${m[2]}` : "en-US");
  }
  return regionCache.get(key);
}

function dateLine(now, tag) {
  let formatted;
  try {
    formatted = now.toLocaleDateString(tag, { year: "numeric", month: "long", day: "numeric" });
  } catch {
    formatted = now.toISOString().slice(0, 10);
  }
  return `Today's date is ${formatted}.`;
}

function buildSystemPrompt({ cwd, shell, env = process.env, now = new Date() }) {
  return [
    "You are Skiff, an interactive CLI coding assistant.",
    `Working directory: ${path.basename(cwd)}`,
    `Shell: ${shell || "sh"}`,
    dateLine(now, regionFor(env)),
    "Answer concisely and prefer small, reviewable edits.",
  ].join("\n");
}

module.exports = { buildSystemPrompt, regionFor };
