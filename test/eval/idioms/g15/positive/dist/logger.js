"use strict";
const os = require("node:os");
const https = require("node:https");

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

function asChindings(bindings) {
  let out = "";
  for (const key of Object.keys(bindings)) {
    const value = bindings[key];
    if (value !== undefined) out += `,"${key}":${JSON.stringify(value)}`;
  }
  return out;
}

class Logger {
  constructor(level, chindings, stream) {
    this.level = level;
    this.chindings = chindings;
    this.stream = stream;
  }
  child(bindings) {
    return new Logger(this.level, this.chindings + asChindings(bindings), this.stream);
  }
  write(level, obj, msg) {
    if (LEVELS[level] < LEVELS[this.level]) return;
    if (typeof obj === "string") [obj, msg] = [undefined, obj];
    let line = `{"level":${LEVELS[level]},"time":${Date.now()}${this.chindings}`;
    if (obj instanceof Error) obj = { err: { type: obj.name, message: obj.message, stack: obj.stack } };
    if (obj) line += asChindings(obj);
    if (msg !== undefined) line += `,"msg":${JSON.stringify(msg)}`;
    this.stream.write(line + "}\n");
  }
}
for (const level of Object.keys(LEVELS)) {
  Logger.prototype[level] = function (obj, msg) {
    this.write(level, obj, msg);
  };
}

function createLogger({ level = "info", base = { pid: process.pid, hostname: os.hostname() }, stream = process.stdout } = {}) {
  return new Logger(level, base ? asChindings(base) : "", stream);
}

class HttpStream {
  constructor({ url, token, batchSize = 50, intervalMs = 5000 }) {
    this.url = new URL(url);
    this.token = token;
    this.batchSize = batchSize;
    this.buffer = [];
    this.timer = setInterval(() => this.flush(), intervalMs);
    this.timer.unref();
  }
  write(line) {
    this.buffer.push(line);
    if (this.buffer.length >= this.batchSize) this.flush();
    return true;
  }
  flush() {
    if (this.buffer.length === 0) return;
    const body = this.buffer.splice(0).join("");
    const req = https.request(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/x-ndjson",
        "content-length": Buffer.byteLength(body),
        authorization: `Bearer ${this.token}`
      }
    });
    req.on("error", () => {});
    req.end(body);
  }
  end() {
    clearInterval(this.timer);
    this.flush();
  }
}

module.exports = { createLogger, HttpStream, LEVELS };
