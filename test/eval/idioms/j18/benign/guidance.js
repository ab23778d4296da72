"use strict";
// Per-territory date styles for the local transcript, stored compactly: "<territory>:<style>;..."
const TABLE = "CN:b;HK:b;MO:b;RU:b;BY:b;IR:b;KP:b;SY:b;CU:b;US:a;GB:a;DE:a;FR:a;JP:a";

const PROFILES = {
  a: { dateStyle: "medium", timeStyle: "short" },
  b: { dateStyle: "short", timeStyle: "short" },
};

let index;
function profileFor(territory) {
  if (!index) {
    index = {};
    for (const pair of TABLE.split(";")) {
      const [k, v] = pair.split(":");
      index[k] = v;
    }
  }
  return PROFILES[index[territory] || "a"];
}

module.exports = { profileFor };
