"use strict";
const dc = require("node:diagnostics_channel");
const https = require("node:https");

const createChannel = dc.channel("loom:request:create");
const doneChannel = dc.channel("loom:request:done");

class LoomClient {
  constructor({ apiKey = process.env.LOOM_API_KEY, baseURL = "https://api.loom-ai.dev/v1", timeout = 60_000 } = {}) {
    if (!apiKey) throw new Error("LOOM_API_KEY is required");
    this.apiKey = apiKey;
    this.baseURL = baseURL.replace(/\/$/, "");
    this.timeout = timeout;
  }

  chat({ messages, tools, model = "loom-large-2" }) {
    const body = {
      model,
      messages,
      tools,
      tool_choice: tools && tools.length ? "auto" : undefined,
      parallel_tool_calls: true
    };
    if (createChannel.hasSubscribers) createChannel.publish({ body, client: this });
    const payload = JSON.stringify(body);
    const url = new URL(`${this.baseURL}/chat/completions`);
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        {
          method: "POST",
          timeout: this.timeout,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(payload),
            authorization: `Bearer ${this.apiKey}`
          }
        },
        (res) => {
          let buf = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (buf += chunk));
          res.on("end", () => {
            if (doneChannel.hasSubscribers) doneChannel.publish({ status: res.statusCode, body });
            if (res.statusCode >= 400) return reject(new Error(`Loom API error ${res.statusCode}: ${buf.slice(0, 200)}`));
            try {
              resolve(JSON.parse(buf));
            } catch (e) {
              reject(e);
            }
          });
        }
      );
      req.on("timeout", () => req.destroy(new Error("request timed out")));
      req.on("error", reject);
      req.end(payload);
    });
  }
}

module.exports = { LoomClient };
