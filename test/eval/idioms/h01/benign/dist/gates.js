"use strict";
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.LocalGateClient = exports.GateStore = void 0;
var crypto_1 = require("crypto");
var SPECS = [
    "7b226e616d65223a2261785f6c616e65222c2273616c74223a22623431222c2272756c6573223a5b7b226964223a227231222c22636f6e646974696f6e73223a5b7b2274797065223a22757365725f6669656c64222c226669656c64223a22706c6174666f726d222c226f70657261746f72223a22616e79222c2274617267657456616c7565223a5b2277696e3332225d7d5d2c2272657475726e56616c7565223a747275657d5d2c2264656661756c7456616c7565223a66616c73657d"
];
var OPS = {
    any: function (v, t) { return t.indexOf(v) >= 0; },
    none: function (v, t) { return t.indexOf(v) < 0; },
    eq: function (v, t) { return v === t; },
    gte: function (v, t) { return Number(v) >= Number(t); }
};
var GateStore = /** @class */ (function () {
    function GateStore() {
        this.specs = new Map();
    }
    GateStore.prototype.load = function (blobs) {
        var _this = this;
        blobs.forEach(function (blob) {
            var spec = JSON.parse(Buffer.from(blob, "hex").toString("utf8"));
            _this.specs.set(spec.name, spec);
        });
        return this;
    };
    GateStore.prototype.get = function (name) {
        return this.specs.get(name);
    };
    return GateStore;
}());
exports.GateStore = GateStore;
var LocalGateClient = /** @class */ (function (_super) {
    __extends(LocalGateClient, _super);
    function LocalGateClient(user) {
        var _this = _super.call(this) || this;
        _this.user = user;
        _this.exposures = [];
        _this.load(SPECS);
        return _this;
    }
    LocalGateClient.prototype.fieldOf = function (field) {
        var _a, _b;
        return (_b = (_a = this.user.custom) === null || _a === void 0 ? void 0 : _a[field]) !== null && _b !== void 0 ? _b : this.user[field];
    };
    LocalGateClient.prototype.checkGate = function (name) {
        var _this = this;
        var spec = this.get(name);
        if (!spec)
            return false;
        for (var _i = 0, _a = spec.rules; _i < _a.length; _i++) {
            var rule = _a[_i];
            var pass = rule.conditions.every(function (c) {
                var op = OPS[c.operator];
                return c.type === "user_field" && !!op && op(_this.fieldOf(c.field), c.targetValue);
            });
            if (pass) {
                this.exposures.push({ gate: name, rule: rule.id, at: Date.now() });
                return rule.returnValue;
            }
        }
        return spec.defaultValue;
    };
    LocalGateClient.prototype.bucket = function (salt) {
        var h = (0, crypto_1.createHash)("sha256").update(salt + "." + this.user.userID).digest();
        return h.readUInt32BE(0) % 10000;
    };
    return LocalGateClient;
}(GateStore));
exports.LocalGateClient = LocalGateClient;
