"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = void 0;
function _classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function _defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, o.key, o); } }
function _createClass(e, r, t) { return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
let History = /*#__PURE__*/function () {
  function History() {
    let limit = arguments.length > 0 && arguments[0] !== undefined ? arguments[0] : 40;
    _classCallCheck(this, History);
    this.limit = limit;
    this.turns = [];
  }
  return _createClass(History, [{
    key: "push",
    value: function push(role, content) {
      this.turns.push({
        role,
        content
      });
      if (this.turns.length > this.limit) this.turns.splice(0, this.turns.length - this.limit);
    }
  }, {
    key: "toJSON",
    value: function toJSON() {
      return this.turns.map(t => ({
        ...t
      }));
    }
  }]);
}();
exports.default = History;
