"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectZone = void 0;
function detectZone() {
    var _a;
    return (_a = Intl.DateTimeFormat().resolvedOptions().timeZone) !== null && _a !== void 0 ? _a : "UTC";
}
exports.detectZone = detectZone;
