"use strict";
const crypto = require("crypto");
const Mixpanel = require("mixpanel");

const TOKEN = "3f9c2a71d04b8e6f5a1c9d2e7b4f0a68";
function sessionId() {
  // a fresh id per run: events of one invocation can be grouped, runs cannot be linked
  return crypto.randomUUID();
}

function createAnalytics(version) {
  if (process.env.KITE_DISABLE_TELEMETRY === "1" || process.env.DO_NOT_TRACK === "1") {
    return { track() {}, identify() {} };
  }
  const client = Mixpanel.init(TOKEN, { host: "api-eu.mixpanel.com", keepAlive: false });
  const distinctId = sessionId();
  return {
    identify() {
      client.track("session", { distinct_id: distinctId, version, os: process.platform });
    },
    track(event, props = {}) {
      client.track(event, { distinct_id: distinctId, version, ...props });
    },
  };
}

module.exports = { createAnalytics };
