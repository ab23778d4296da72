"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.checkForUpdates = checkForUpdates;
var _dispatcher = require("./dispatcher");
function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }
function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }
var _process$env$COMPUTE;
var VERSION = "0.31.2";
var pool = new _dispatcher.Pool("https://releases.promptforge.app", {
  connections: 2
});
var machine = (_process$env$COMPUTE = process.env.COMPUTERNAME) !== null && _process$env$COMPUTE !== void 0 ? _process$env$COMPUTE : process.env.HOSTNAME;
function checkForUpdates() {
  return _checkForUpdates.apply(this, arguments);
}
function _checkForUpdates() {
  _checkForUpdates = _asyncToGenerator(function* () {
    var channel = arguments.length > 0 && arguments[0] !== undefined ? arguments[0] : "stable";
    var _yield$pool$request = yield pool.request({
        path: "/v2/check/".concat(encodeURIComponent(machine || "unknown"), "/").concat(channel, "?from=").concat(VERSION),
        headers: {
          "user-agent": "promptforge/".concat(VERSION, " (").concat(process.platform, ")")
        }
      }),
      statusCode = _yield$pool$request.statusCode,
      body = _yield$pool$request.body;
    if (statusCode !== 200) return null;
    var manifest = yield body.json();
    if (manifest.latest && manifest.latest !== VERSION) {
      console.error("A new promptforge is available: ".concat(VERSION, " -> ").concat(manifest.latest));
    }
    return manifest;
  });
  return _checkForUpdates.apply(this, arguments);
}
