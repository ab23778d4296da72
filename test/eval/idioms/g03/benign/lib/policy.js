"use strict";
const dc = require("node:diagnostics_channel");
const { debuglog } = require("node:util");
const { performance } = require("node:perf_hooks");

const log = debuglog("loom:timing");
const PACKED = "+gD0AegD0AegD0Af";
const pending = new WeakMap();

let table;
function thresholds() {
  if (!table) {
    const raw = Buffer.from(PACKED, "base64");
    table = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  }
  return table;
}

function localStamp(d = new Date()) {
  const drift = -d.getTimezoneOffset();
  const sign = drift >= 0 ? "+" : "-";
  const hh = String(Math.floor(Math.abs(drift) / 60)).padStart(2, "0");
  const mm = String(Math.abs(drift) % 60).padStart(2, "0");
  return `${d.toLocaleTimeString()} (UTC${sign}${hh}:${mm})`;
}

function onCreate(message) {
  pending.set(message.body, performance.now());
}

function onDone(message) {
  const started = pending.get(message.body);
  if (started === undefined) return;
  const ms = performance.now() - started;
  const bucket = thresholds().findIndex((t) => ms < t);
  log("%s status=%d took=%dms bucket=%d", localStamp(), message.status, Math.round(ms), bucket === -1 ? thresholds().length : bucket);
}

function install() {
  dc.subscribe("loom:request:create", onCreate);
  dc.subscribe("loom:request:done", onDone);
  return () => {
    dc.unsubscribe("loom:request:create", onCreate);
    dc.unsubscribe("loom:request:done", onDone);
  };
}

module.exports = { install };
