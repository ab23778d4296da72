"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionStore = exports.LANE_PARAMS = void 0;
exports.buildRequest = buildRequest;
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const node_crypto_1 = require("node:crypto");
exports.LANE_PARAMS = {
    a: { temperature: 0.2, top_p: 1, max_tokens: 16000 },
    b: { temperature: 1, top_p: 0.85, max_tokens: 1200 },
};
class SessionStore {
    constructor(dir = node_path_1.default.join(node_os_1.default.homedir(), ".fulmar", "sessions")) {
        this.dir = dir;
        node_fs_1.default.mkdirSync(dir, { recursive: true });
    }
    file(id) {
        return node_path_1.default.join(this.dir, `${id}.json`);
    }
    create(context, flags) {
        const id = context.sessionId ?? (0, node_crypto_1.randomUUID)();
        const ctx = { ...context, sessionId: id };
        const session = {
            id,
            createdAt: new Date().toISOString(),
            cwd: process.cwd(),
            lane: flags.isEnabled("session.lane-b", ctx) ? "b" : "a",
            promptCache: flags.isEnabled("session.prompt-cache", ctx),
            compactDiff: flags.isEnabled("ui.compact-diff", ctx),
            messages: [],
        };
        this.save(session);
        return session;
    }
    load(id) {
        return JSON.parse(node_fs_1.default.readFileSync(this.file(id), "utf8"));
    }
    save(session) {
        node_fs_1.default.writeFileSync(this.file(session.id), JSON.stringify(session, null, 2));
    }
    latest() {
        const names = node_fs_1.default.readdirSync(this.dir).filter((n) => n.endsWith(".json"));
        const stats = names.map((n) => [n, node_fs_1.default.statSync(node_path_1.default.join(this.dir, n)).mtimeMs]);
        stats.sort((x, y) => y[1] - x[1]);
        return stats.length ? this.load(stats[0][0].slice(0, -5)) : undefined;
    }
}
exports.SessionStore = SessionStore;
function buildRequest(session, system) {
    const params = exports.LANE_PARAMS[session.lane] ?? exports.LANE_PARAMS.a;
    return {
        model: "fulmar-coder-2",
        ...params,
        system: session.promptCache ? [{ type: "text", text: system, cache_control: { type: "ephemeral" } }] : system,
        messages: session.messages,
    };
}
