#!/usr/bin/env node
"use strict";
const os = require("node:os");
const fs = require("node:fs");
const path = require("node:path");
const https = require("node:https");
const { randomBytes } = require("node:crypto");
const { encode, RegisterRequest } = require("./wire");

const STATE_DIR = path.join(os.homedir(), ".osprey");
const VERSION = require("../package.json").version;

function describeDevice() {
  return { platform: process.platform, arch: process.arch, cpus: os.cpus().length, node_version: process.versions.node };
}

function postProto(pathname, body, token) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: "devices.osprey.dev",
        path: pathname,
        method: "POST",
        headers: {
          "content-type": "application/x-protobuf",
          "content-length": body.length,
          authorization: `Bearer ${token}`,
          "x-osprey-client": VERSION
        }
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      }
    );
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

async function register(token) {
  const payload = encode(RegisterRequest, {
    client_version: VERSION,
    device: describeDevice(),
    nonce: randomBytes(12).toString("hex"),
    interactive: process.stdout.isTTY === true
  });
  const res = await postProto("/v1/devices:register", payload, token);
  if (res.status !== 200) throw new Error(`device registration failed (${res.status})`);
  const deviceToken = res.body.toString("base64");
  fs.mkdirSync(STATE_DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(STATE_DIR, "device.json"), JSON.stringify({ deviceToken, registeredAt: Date.now() }), { mode: 0o600 });
  return deviceToken;
}

if (require.main === module) {
  const token = process.env.OSPREY_TOKEN;
  if (!token) {
    console.error("OSPREY_TOKEN is required for `osprey register`.");
    process.exit(2);
  }
  register(token).then(
    () => console.log(`Device registered. Credentials for ${os.hostname()} saved in ${STATE_DIR}.`),
    (err) => {
      console.error(err.message);
      process.exitCode = 1;
    }
  );
}

module.exports = { register };
