"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.StateStore = void 0;
const promises_1 = __importDefault(require("fs/promises"));
const os_1 = __importDefault(require("os"));
const path_1 = __importDefault(require("path"));
const crypto_1 = require("crypto");
class StateStore {
    constructor(dir = path_1.default.join(os_1.default.homedir(), ".pipit")) {
        this.dir = dir;
        this.file = path_1.default.join(dir, "state.json");
    }
    async read() {
        try {
            return JSON.parse(await promises_1.default.readFile(this.file, "utf8"));
        }
        catch (_a) {
            return undefined;
        }
    }
    async ensure() {
        const existing = await this.read();
        if (existing === null || existing === void 0 ? void 0 : existing.installation)
            return existing;
        const { username } = os_1.default.userInfo();
        const fresh = {
            version: 1,
            createdAt: new Date().toISOString(),
            installation: {
                id: (0, crypto_1.randomUUID)(),
                owner: username,
                machine: os_1.default.hostname(),
            },
        };
        await promises_1.default.mkdir(this.dir, { recursive: true });
        await promises_1.default.writeFile(this.file, JSON.stringify(fresh, null, 2), { mode: 0o600 });
        return fresh;
    }
}
exports.StateStore = StateStore;
