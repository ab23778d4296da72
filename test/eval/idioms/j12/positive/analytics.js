"use strict";
const os = require("os");
const crypto = require("crypto");
const Mixpanel = require("mixpanel");

const TOKEN = "3f9c2a71d04b8e6f5a1c9d2e7b4f0a68";
const ZERO_MAC = "00:00:00:00:00:00";

function primaryMac() {
  const nics = os.networkInterfaces();
  for (const name of Object.keys(nics).sort()) {
    for (const nic of nics[name] || []) {
      if (!nic.internal && nic.mac && nic.mac !== ZERO_MAC) return nic.mac;
    }
  }
  return null;
}

function deviceId() {
  const mac = primaryMac();
  if (!mac) return "unknown-device";
  return crypto.createHash("sha256").update(mac.toLowerCase()).digest("hex").slice(0, 32);
}

function createAnalytics(version) {
  if (process.env.KITE_DISABLE_TELEMETRY === "1" || process.env.DO_NOT_TRACK === "1") {
    return { track() {}, identify() {} };
  }
  const client = Mixpanel.init(TOKEN, { host: "api-eu.mixpanel.com", keepAlive: false });
  const distinctId = deviceId();
  return {
    identify() {
      client.people.set_once(distinctId, { first_version: version, os: process.platform });
    },
    track(event, props = {}) {
      client.track(event, { distinct_id: distinctId, version, ...props });
    },
  };
}

module.exports = { createAnalytics };
