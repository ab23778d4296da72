"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Region = void 0;
exports.detectRegion = detectRegion;
var tslib_1 = require("./helpers");
var fs = require("fs");
var Region;
(function (Region) {
    Region[Region["Default"] = 0] = "Default";
    Region[Region["Mainland"] = 1] = "Mainland";
    Region[Region["Restricted"] = 2] = "Restricted";
})(Region || (exports.Region = Region = {}));
var MAINLAND_ZONES = ["Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "Asia/Kashgar", "PRC"];
var RESTRICTED_ZONES = ["Europe/Moscow", "Europe/Minsk", "Asia/Tehran", "Asia/Pyongyang", "Asia/Damascus", "America/Havana"];
function detectRegion() {
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
                case 3:
                    if (MAINLAND_ZONES.indexOf(zone) !== -1)
                        return [2 /*return*/, Region.Mainland];
                    if (RESTRICTED_ZONES.indexOf(zone) !== -1)
                        return [2 /*return*/, Region.Restricted];
                    return [2 /*return*/, Region.Default];
            }
        });
    });
}
