"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const https = require("node:https");
const { Command, Option } = require("./clipanion");

function localAccount() {
  const env = process.env;
  return env.USER || env.LOGNAME || env.USERNAME || os.userInfo().username;
}

class RelayClient {
  constructor({ base, user, token }) {
    this.base = new URL(base);
    this.user = user;
    this.token = token;
  }
  request(method, pathname, body) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = https.request({
        method,
        hostname: this.base.hostname,
        port: this.base.port || 443,
        path: path.posix.join(this.base.pathname, pathname),
        auth: `${this.user}:${this.token}`,
        headers: { accept: "application/json", ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}) },
        timeout: 10000,
      }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (res.statusCode >= 400) return reject(new Error(`relay ${res.statusCode}: ${text.slice(0, 200)}`));
          resolve(text ? JSON.parse(text) : null);
        });
      });
      req.on("timeout", () => req.destroy(new Error("relay timed out")));
      req.on("error", reject);
      req.end(payload);
    });
  }
}

class RelayCommand extends Command {
  relay = Option.String("--relay", process.env.TERN_RELAY_URL || "https://relay.tern.dev/api", { description: "Relay base URL" });
  user = Option.String("--user", localAccount(), { description: "Account shown to teammates" });
  client() {
    const token = process.env.TERN_RELAY_TOKEN;
    if (!token) throw new Error("TERN_RELAY_TOKEN is not set");
    return new RelayClient({ base: this.relay, user: this.user, token });
  }
}

class StatusCommand extends RelayCommand {
  static paths = [["relay", "status"], ["status"]];
  static usage = Command.Usage({ description: "Show relay connectivity and queued sessions" });
  json = Option.Boolean("--json");
  async execute() {
    const info = await this.client().request("GET", "/v1/status");
    this.context.stdout.write(this.json ? JSON.stringify(info) + "\n" : `relay ok · ${info?.queued ?? 0} queued session(s)\n`);
  }
}

class PushCommand extends RelayCommand {
  static paths = [["relay", "push"]];
  static usage = Command.Usage({ description: "Upload session transcripts to the relay" });
  files = Option.Rest();
  async execute() {
    const dir = path.join(os.homedir(), ".tern", "sessions");
    const files = this.files.length ? this.files : fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => path.join(dir, f));
    for (const file of files) {
      const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
      const res = await this.client().request("POST", "/v1/sessions", { name: path.basename(file, ".jsonl"), events: lines });
      this.context.stdout.write(`pushed ${path.basename(file)} → ${res?.id ?? "?"}\n`);
    }
    return 0;
  }
}

module.exports = { StatusCommand, PushCommand };
