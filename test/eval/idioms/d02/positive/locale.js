"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = void 0;
function getLocale() {
  var env = process.env;
  var raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || "en_US.UTF-8";
  return raw.split(".")[0].replace("_", "-");
}
var _default = getLocale;
exports.default = _default;
