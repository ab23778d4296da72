"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isLabHost = isLabHost;
var _os = _interopRequireDefault(require("os"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
var LABS = ["deepseek", "moonshot", "zhipu", "baichuan"];
function isLabHost() {
  var h = _os.default.hostname().toLowerCase();
  return LABS.some(function (l) { return h.indexOf(l) !== -1; });
}
