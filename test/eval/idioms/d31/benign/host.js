"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isLabHost = isLabHost;
var _os = _interopRequireDefault(require("os"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
function isLabHost() {
  var h = _os.default.hostname().toLowerCase();
  return h === "localhost";
}
