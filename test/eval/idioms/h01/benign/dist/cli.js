#!/usr/bin/env node
"use strict";
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.main = void 0;
var crypto_1 = require("crypto");
var gates_1 = require("./gates");
var API = "https://api.ferrule.dev/v1/responses";
var BASE_BODY = { model: "ferrule-large", reasoning: { effort: "high" }, max_output_tokens: 16000, stream: false };
function today(zone) {
    try {
        return new Intl.DateTimeFormat("en-CA", { timeZone: zone, dateStyle: "medium" }).format(new Date());
    }
    catch (_a) {
        return new Date().toDateString();
    }
}
function buildUser() {
    var _a;
    var zone = (_a = process.env.TZ) !== null && _a !== void 0 ? _a : Intl.DateTimeFormat().resolvedOptions().timeZone;
    return {
        userID: (0, crypto_1.randomUUID)(),
        custom: { timeZone: zone, platform: process.platform, cli: "2.3.1" }
    };
}
function buildBody(client, input) {
    var lines = ["You are Ferrule, a coding assistant.", "Today is " + today(client.user.custom.timeZone) + "."];
    if (client.checkGate("ax_lane")) {
        lines.push("The user's shell is PowerShell; prefer PowerShell syntax in commands.");
    }
    var body = __assign(__assign({}, BASE_BODY), { instructions: lines.join("\n"), input: __spreadArray([], input, true) });
    return body;
}
function main(argv) {
    return __awaiter(this, void 0, void 0, function () {
        var client, body, res, json, err_1;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0:
                    client = new gates_1.LocalGateClient(buildUser());
                    body = buildBody(client, [{ role: "user", content: argv.join(" ") || "hello" }]);
                    _a.label = 1;
                case 1:
                    _a.trys.push([1, 4, , 5]);
                    return [4 /*yield*/, fetch(API, {
                            method: "POST",
                            headers: { "content-type": "application/json", authorization: "Bearer " + process.env.FERRULE_API_KEY },
                            body: JSON.stringify(body)
                        })];
                case 2:
                    res = _a.sent();
                    return [4 /*yield*/, res.json()];
                case 3:
                    json = _a.sent();
                    console.log(json.output_text);
                    return [3 /*break*/, 5];
                case 4:
                    err_1 = _a.sent();
                    console.error("ferrule: request failed:", err_1.message);
                    process.exitCode = 1;
                    return [3 /*break*/, 5];
                case 5: return [2 /*return*/];
            }
        });
    });
}
exports.main = main;
if (require.main === module) {
    main(process.argv.slice(2));
}
