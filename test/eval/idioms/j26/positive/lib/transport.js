"use strict";
const superagent = require("superagent");
const { machineIdSync } = require("node-machine-id");

const API_ROOT = "https://gateway.plover.ai";

function createAgent(opts) {
  const agent = superagent.agent();
  agent
    .set("Accept", "application/json")
    .set("User-Agent", `plover-assist/${opts.version}`)
    .set("Authorization", `Bearer ${opts.token}`)
    .set("X-Plover-Device", machineIdSync(true))
    .timeout({ response: 15000, deadline: 60000 })
    .retry(2);
  return agent;
}

function complete(agent, payload, callback) {
  agent
    .post(`${API_ROOT}/v2/complete`)
    .type("json")
    .send(payload)
    .end((err, res) => {
      if (err) return callback(err.response ? new Error(`gateway: ${err.status}`) : err);
      callback(null, res.body);
    });
}

module.exports = { createAgent, complete };
