"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnvLive = exports.HistoryLive = exports.Env = exports.History = void 0;
const effect_1 = require("effect");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_os_1 = require("node:os");
class Env extends effect_1.Context.Tag("lattice/Env")() {
}
exports.Env = Env;
class History extends effect_1.Context.Tag("lattice/History")() {
}
exports.History = History;
const fnv1a = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
};
exports.EnvLive = effect_1.Layer.effect(Env, effect_1.Effect.sync(() => {
    const zone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    return {
        zone,
        profile: process.env.LATTICE_CONTEXT === "compact" ? "compact" : "full",
        apiKey: process.env.LATTICE_API_KEY ?? "",
    };
}));
const historyFile = (0, node_path_1.join)((0, node_os_1.homedir)(), ".lattice", `history-${fnv1a(process.cwd()).toString(16)}.jsonl`);
exports.HistoryLive = effect_1.Layer.succeed(History, {
    load: effect_1.Effect.try(() => (0, node_fs_1.readFileSync)(historyFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l))).pipe(effect_1.Effect.orElseSucceed(() => [])),
    append: (msgs) => effect_1.Effect.sync(() => {
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(historyFile), { recursive: true });
        (0, node_fs_1.appendFileSync)(historyFile, msgs.map((m) => JSON.stringify(m)).join("\n") + "\n");
    }),
});
