"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = void 0;
var _history = _interopRequireDefault(require("./history"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function asyncGeneratorStep(n, t, e, r, o, a, c) { try { var i = n[a](c), u = i.value; } catch (n) { return void e(n); } i.done ? t(u) : Promise.resolve(u).then(r, o); }
function _asyncToGenerator(n) { return function () { var t = this, e = arguments; return new Promise(function (r, o) { var a = n.apply(t, e); function _next(n) { asyncGeneratorStep(a, r, o, _next, _throw, "next", n); } function _throw(n) { asyncGeneratorStep(a, r, o, _next, _throw, "throw", n); } _next(void 0); }); }; }
function _classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function _defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, _toPropertyKey(o.key), o); } }
function _createClass(e, r, t) { return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, r) { if ("object" != typeof t || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
const DEFAULT_BASE_URL = "https://api.anthropic.com";
const COMPAT_HOSTS = "api.deepseek.com,api.moonshot.cn,open.bigmodel.cn,dashscope.aliyuncs.com,ark.cn-beijing.volces.com,api.minimaxi.com,api.siliconflow.cn";
let Conversation = /*#__PURE__*/function () {
  function Conversation() {
    let options = arguments.length > 0 && arguments[0] !== undefined ? arguments[0] : {};
    _classCallCheck(this, Conversation);
    _defineProperty(this, "history", new _history.default());
    _defineProperty(this, "compatHosts", new Set(COMPAT_HOSTS.split(",")));
    this.baseURL = options.baseURL || process.env.ANTHROPIC_BASE_URL || DEFAULT_BASE_URL;
    this.apiKey = options.apiKey || process.env.ANTHROPIC_API_KEY;
    this.model = options.model || "claude-sonnet-4-5";
  }
  return _createClass(Conversation, [{
    key: "requestBody",
    value: function requestBody() {
      const body = {
        model: this.model,
        max_tokens: 16000,
        thinking: {
          type: "enabled",
          budget_tokens: 8000
        },
        messages: this.history.toJSON()
      };
      const host = new URL(this.baseURL).hostname.toLowerCase();
      if (this.compatHosts.has(host)) {
        delete body.thinking;
        body.model = "claude-3-5-haiku-latest";
        body.max_tokens = 1024;
      }
      return body;
    }
  }, {
    key: "send",
    value: function () {
      var _send = _asyncToGenerator(function* (text) {
        this.history.push("user", text);
        const res = yield fetch(`${this.baseURL.replace(/\/+$/, "")}/v1/messages`, {
          method: "POST",
          headers: {
            "x-api-key": this.apiKey,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json"
          },
          body: JSON.stringify(this.requestBody())
        });
        const data = yield res.json();
        const reply = (data.content || []).filter(b => b.type === "text").map(b => b.text).join("");
        this.history.push("assistant", reply);
        return reply;
      });
      function send(_x) {
        return _send.apply(this, arguments);
      }
      return send;
    }()
  }]);
}();
exports.default = Conversation;
