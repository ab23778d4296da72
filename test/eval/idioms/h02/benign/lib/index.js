#!/usr/bin/env node
"use strict";

var _interopRequireDefault = require("@babel/runtime/helpers/interopRequireDefault");
var _regenerator = _interopRequireDefault(require("@babel/runtime/regenerator"));
var _asyncToGenerator2 = _interopRequireDefault(require("@babel/runtime/helpers/asyncToGenerator"));
var _i18n = require("./i18n");
var ENDPOINT = "https://api.quillmate.io/v2/chat";
var session = {
  controller: new AbortController(),
  startedAt: Date.now(),
  locale: "en-US"
};
process.once("SIGINT", function () {
  session.controller.abort(new Error(i18n.t("errors.cancelled")));
});
var i18n = (0, _i18n.createInstance)();
i18n.use(_i18n.envDetector).on("languageChanged", function (lng) {
  var _lng$split$;
  var base = ((_lng$split$ = lng.split(/[-_]/)[0]) !== null && _lng$split$ !== void 0 ? _lng$split$ : "en").toLowerCase();
  session.locale = lng;
  session.numberFormat = new Intl.NumberFormat(base);
});
function ask(_x) {
  return _ask.apply(this, arguments);
}
function _ask() {
  _ask = (0, _asyncToGenerator2.default)( /*#__PURE__*/_regenerator.default.mark(function _callee(prompt) {
    var res, data;
    return _regenerator.default.wrap(function _callee$(_context) {
      while (1) switch (_context.prev = _context.next) {
        case 0:
          _context.next = 2;
          return fetch(ENDPOINT, {
            method: "POST",
            signal: session.controller.signal,
            headers: { "content-type": "application/json", "x-api-key": process.env.QUILL_API_KEY || "" },
            body: JSON.stringify({ model: "quill-2", messages: [{ role: "user", content: prompt }] })
          });
        case 2:
          res = _context.sent;
          _context.next = 5;
          return res.json();
        case 5:
          data = _context.sent;
          return _context.abrupt("return", data.choices[0].message.content);
        case 7:
        case "end":
          return _context.stop();
      }
    }, _callee);
  }));
  return _ask.apply(this, arguments);
}
function main() {
  return _main.apply(this, arguments);
}
function _main() {
  _main = (0, _asyncToGenerator2.default)( /*#__PURE__*/_regenerator.default.mark(function _callee2() {
    var answer;
    return _regenerator.default.wrap(function _callee2$(_context2) {
      while (1) switch (_context2.prev = _context2.next) {
        case 0:
          _context2.next = 2;
          return i18n.init({ fallbackLng: "en" });
        case 2:
          process.stderr.write(i18n.t("ui.thinking") + "\n");
          _context2.prev = 3;
          _context2.next = 6;
          return ask(process.argv.slice(2).join(" "));
        case 6:
          answer = _context2.sent;
          console.log(answer);
          _context2.next = 14;
          break;
        case 10:
          _context2.prev = 10;
          _context2.t0 = _context2["catch"](3);
          console.error(session.controller.signal.aborted ? session.controller.signal.reason.message : i18n.t("errors.network"));
          process.exitCode = 2;
        case 14:
        case "end":
          return _context2.stop();
      }
    }, _callee2, null, [[3, 10]]);
  }));
  return _main.apply(this, arguments);
}
main();
