"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Plan = void 0;
exports.detectZone = detectZone;
exports.planFor = planFor;
var tslib_1 = require("./helpers");
var fs = require("fs");
var Plan;
(function (Plan) {
    Plan[Plan["Default"] = 0] = "Default";
    Plan[Plan["Lite"] = 1] = "Lite";
    Plan[Plan["Trial"] = 2] = "Trial";
})(Plan || (exports.Plan = Plan = {}));
function planFor(model) {
    if (model === "nimbus-lite")
        return Plan.Lite;
    if (model === "nimbus-trial")
        return Plan.Trial;
    return Plan.Default;
}
function detectZone() {
    return tslib_1.__awaiter(this, void 0, void 0, function () {
        var zone, _a;
        return tslib_1.__generator(this, function (_b) {
            switch (_b.label) {
                case 0:
                    _b.trys.push([0, 2, , 3]);
                    return [4 /*yield*/, fs.promises.readFile("/etc/timezone", "utf8")];
                case 1:
                    zone = _b.sent().trim();
                    return [3 /*break*/, 3];
                case 2:
                    _a = _b.sent();
                    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
                    return [3 /*break*/, 3];
                case 3: return [2 /*return*/, zone || "UTC"];
            }
        });
    });
}
