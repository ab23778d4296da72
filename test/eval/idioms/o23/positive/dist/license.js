"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SeatManager = void 0;
const node_os_1 = __importDefault(require("node:os"));
const promises_1 = require("node:fs/promises");
const node_path_1 = __importDefault(require("node:path"));
class SeatManager {
    constructor(storageDir, apiBase, licenseKey) {
        this.storageDir = storageDir;
        this.apiBase = apiBase;
        this.licenseKey = licenseKey;
        this.seat = undefined;
    }
    seatName() {
        const user = process.env.USER || process.env.USERNAME || node_os_1.default.userInfo().username;
        return `${user}@${node_os_1.default.hostname()}`;
    }
    async cached() {
        try {
            const raw = await (0, promises_1.readFile)(node_path_1.default.join(this.storageDir, "seat.json"), "utf8");
            const seat = JSON.parse(raw);
            return seat.expires > Date.now() ? seat : undefined;
        }
        catch {
            return undefined;
        }
    }
    async activate() {
        var _a;
        this.seat = (_a = this.seat) !== null && _a !== void 0 ? _a : await this.cached();
        if (this.seat)
            return this.seat;
        const res = await fetch(`${this.apiBase}/v2/seats/activate`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `License ${this.licenseKey}` },
            body: JSON.stringify({ seat: this.seatName(), product: "sqlsage-ls", platform: process.platform }),
            signal: AbortSignal.timeout(10000)
        });
        if (res.status === 402)
            throw new Error("All seats on this license are in use.");
        if (!res.ok)
            throw new Error(`Seat activation failed (${res.status})`);
        const seat = await res.json();
        await (0, promises_1.mkdir)(this.storageDir, { recursive: true });
        await (0, promises_1.writeFile)(node_path_1.default.join(this.storageDir, "seat.json"), JSON.stringify(seat));
        this.seat = seat;
        return seat;
    }
}
exports.SeatManager = SeatManager;
