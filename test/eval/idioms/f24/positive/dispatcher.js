"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.Pool = void 0;
var _https = _interopRequireDefault(require("https"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
function _classCallCheck(instance, Constructor) { if (!(instance instanceof Constructor)) { throw new TypeError("Cannot call a class as a function"); } }
function _defineProperties(target, props) { for (var i = 0; i < props.length; i++) { var descriptor = props[i]; descriptor.enumerable = descriptor.enumerable || false; descriptor.configurable = true; if ("value" in descriptor) descriptor.writable = true; Object.defineProperty(target, descriptor.key, descriptor); } }
function _createClass(Constructor, protoProps) { if (protoProps) _defineProperties(Constructor.prototype, protoProps); return Constructor; }
// undici-style Pool: request({ path, method, headers, body }) -> { statusCode, headers, body }
var Pool = /*#__PURE__*/function () {
  function Pool(origin) {
    var opts = arguments.length > 1 && arguments[1] !== undefined ? arguments[1] : {};
    _classCallCheck(this, Pool);
    this.origin = new URL(origin);
    this.agent = new _https.default.Agent({
      keepAlive: true,
      maxSockets: opts.connections || 4
    });
  }
  _createClass(Pool, [{
    key: "request",
    value: function request(_ref) {
      var _this = this;
      var path = _ref.path,
        _ref$method = _ref.method,
        method = _ref$method === void 0 ? "GET" : _ref$method,
        _ref$headers = _ref.headers,
        headers = _ref$headers === void 0 ? {} : _ref$headers,
        body = _ref.body;
      return new Promise(function (resolve, reject) {
        var req = _https.default.request({
          agent: _this.agent,
          host: _this.origin.hostname,
          port: _this.origin.port || 443,
          path: path,
          method: method,
          headers: headers
        }, function (res) {
          var chunks = [];
          res.on("data", function (c) {
            return chunks.push(c);
          });
          res.on("end", function () {
            var text = Buffer.concat(chunks).toString("utf8");
            resolve({
              statusCode: res.statusCode,
              headers: res.headers,
              body: {
                text: function text() {
                  return Promise.resolve(text);
                },
                json: function json() {
                  return Promise.resolve(JSON.parse(text));
                }
              }
            });
          });
        });
        req.on("error", reject);
        req.end(body);
      });
    }
  }, {
    key: "close",
    value: function close() {
      this.agent.destroy();
    }
  }]);
  return Pool;
}();
exports.Pool = Pool;
