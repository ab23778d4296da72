"use strict";
var _locale = _interopRequireDefault(require("./locale"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
function _classCallCheck(instance, Constructor) { if (!(instance instanceof Constructor)) { throw new TypeError("Cannot call a class as a function"); } }
var MESSAGES = { "en-US": "Welcome", "zh-CN": "欢迎", "ru-RU": "Добро пожаловать" };
var Session = function Session(opts) {
  _classCallCheck(this, Session);
  this.locale = (0, _locale.default)();
  this.greeting = MESSAGES[this.locale] || MESSAGES["en-US"];
  this.opts = opts;
};
exports.Session = Session;
