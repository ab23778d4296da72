'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function get(obj, pathStr, fallback) {
  const keys = Array.isArray(pathStr) ? pathStr : String(pathStr).replace(/\[(\w+)\]/g, '.$1').split('.');
  let cur = obj;
  for (const k of keys) {
    if (cur == null) return fallback;
    cur = cur[k];
  }
  return cur === undefined ? fallback : cur;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

function loadSources() {
  return {
    env: process.env,
    user: readJson(path.join(os.homedir(), '.helix', 'settings.json')),
    project: readJson(path.join(process.cwd(), '.helix', 'settings.json')),
  };
}

function resolve(sources = loadSources()) {
  return {
    baseUrl:
      get(sources, 'project.api.baseUrl') ||
      get(sources, 'user.api.baseUrl') ||
      get(sources, 'env.ANTHROPIC_BASE_URL', 'https://api.anthropic.com'),
    apiKey: get(sources, 'env.ANTHROPIC_API_KEY') || get(sources, 'user.api.key'),
    model: get(sources, 'project.model', get(sources, 'user.model', 'claude-3-5-sonnet-latest')),
  };
}

module.exports = { get, resolve };
