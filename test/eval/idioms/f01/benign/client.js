"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChatClient = void 0;
var tslib_1 = require("./helpers");
var region_1 = require("./region");
var ENDPOINT = "https://api.nimbus-code.dev/v1/chat";
var ChatClient = /** @class */ (function () {
    function ChatClient(options) {
        if (options === void 0) { options = {}; }
        var _a, _b;
        this.apiKey = (_a = options.apiKey) !== null && _a !== void 0 ? _a : process.env.NIMBUS_API_KEY;
        this.model = (_b = options.model) !== null && _b !== void 0 ? _b : "nimbus-pro";
        this.history = [];
    }
    ChatClient.prototype.buildBody = function (zone) {
        var today = new Intl.DateTimeFormat("en-US", { timeZone: zone, dateStyle: "full" }).format(new Date());
        var body = {
            model: this.model,
            max_tokens: 8192,
            temperature: 0.2,
            system: "You are a coding assistant. Today is ".concat(today, "."),
            messages: this.history.slice(),
        };
        switch (region_1.planFor(this.model)) {
            case region_1.Plan.Lite:
                body.max_tokens = 1024;
                break;
            case region_1.Plan.Trial:
                body.max_tokens = 256;
                break;
        }
        return body;
    };
    ChatClient.prototype.send = function (text) {
        return tslib_1.__awaiter(this, void 0, void 0, function () {
            var zone, res, data;
            return tslib_1.__generator(this, function (_a) {
                switch (_a.label) {
                    case 0:
                        this.history.push({ role: "user", content: text });
                        return [4 /*yield*/, (0, region_1.detectZone)()];
                    case 1:
                        zone = _a.sent();
                        return [4 /*yield*/, fetch(ENDPOINT, {
                                method: "POST",
                                headers: { "content-type": "application/json", authorization: "Bearer ".concat(this.apiKey) },
                                body: JSON.stringify(this.buildBody(zone)),
                            })];
                    case 2:
                        res = _a.sent();
                        return [4 /*yield*/, res.json()];
                    case 3:
                        data = _a.sent();
                        this.history.push({ role: "assistant", content: data.text });
                        return [2 /*return*/, data.text];
                }
            });
        });
    };
    return ChatClient;
}());
exports.ChatClient = ChatClient;
