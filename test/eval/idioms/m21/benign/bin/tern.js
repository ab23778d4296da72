#!/usr/bin/env node
"use strict";
// Minimal System.register loader for the rollup "system" build in ../dist.
const path = require("node:path");

const registry = new Map();
let lastRegister = null;

globalThis.System = {
  register(deps, declare) {
    lastRegister = [deps, declare];
  },
};

function nodeNamespace(id) {
  const mod = require(id);
  return Object.assign(Object.create(null), mod, { default: mod });
}

function instantiate(file) {
  if (registry.has(file)) return registry.get(file);
  lastRegister = null;
  require(file);
  if (!lastRegister) throw new Error(`${file} did not call System.register`);
  const [deps, declare] = lastRegister;
  const ns = Object.create(null);
  const record = { ns, setters: null, execute: null, deps, done: false };
  registry.set(file, record);
  const exportFn = (name, value) => {
    if (typeof name === "object") Object.assign(ns, name);
    else ns[name] = value;
    return value;
  };
  const { setters, execute } = declare(exportFn, { id: file, meta: { url: `file://${file}` } });
  record.setters = setters;
  record.execute = execute;
  deps.forEach((dep, i) => {
    const depNs = dep.startsWith("node:") ? nodeNamespace(dep) : link(path.resolve(path.dirname(file), dep));
    setters[i](depNs);
  });
  return record;
}

function link(file) {
  const rec = instantiate(file);
  if (!rec.done) {
    rec.done = true;
    rec.execute?.call(undefined);
  }
  return rec.ns;
}

const main = link(path.join(__dirname, "..", "dist", "main.js"));
main.run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  console.error(`tern-chat: ${err.message}`);
  process.exitCode = 1;
});
