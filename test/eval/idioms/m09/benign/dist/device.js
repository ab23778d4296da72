"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionId = void 0;
const crypto_1 = require("crypto");
/** Random per-process id used to correlate the requests of one CLI run; never persisted. */
let cached;
function sessionId() {
    if (cached === undefined) {
        cached = (0, crypto_1.randomUUID)();
    }
    return cached;
}
exports.sessionId = sessionId;
