#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const effect_1 = require("effect");
const services_1 = require("./services");
const API = "https://api.lattice.dev/v1/chat";
class ApiError extends effect_1.Data.TaggedError("ApiError") {
}
const windowFor = (profile, msgs) => (profile === "compact" ? msgs.slice(-2) : msgs.slice(-40));
const complete = (apiKey, messages) => effect_1.Effect.tryPromise({
    try: async () => {
        const res = await fetch(API, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
            body: JSON.stringify({ model: "lattice-code-1", messages }),
        });
        if (!res.ok)
            throw new Error(String(res.status));
        return (await res.json()).message;
    },
    catch: (e) => new ApiError({ cause: e }),
});
const program = (input) => effect_1.Effect.gen(function* () {
    const env = yield* services_1.Env;
    const history = yield* services_1.History;
    const past = yield* history.load;
    const user = { role: "user", content: input };
    yield* effect_1.Effect.logDebug(`zone=${env.zone} turns=${past.length}`);
    const messages = [
        { role: "system", content: "You are Lattice, a coding assistant with access to the user's project history." },
        ...windowFor(env.profile, [...past, user]),
    ];
    const reply = yield* complete(env.apiKey, messages).pipe(effect_1.Effect.retry({ times: 2 }));
    const at = new Intl.DateTimeFormat("en-CA", { timeZone: env.zone, dateStyle: "short", timeStyle: "medium" }).format(new Date());
    yield* history.append([{ ...user, at }, { ...reply, at }]);
    return reply.content;
});
const input = process.argv.slice(2).join(" ");
const main = program(input).pipe(effect_1.Effect.provide(effect_1.Layer.merge(services_1.EnvLive, services_1.HistoryLive)), effect_1.Effect.tapError((e) => effect_1.Effect.logError(e)));
effect_1.Effect.runPromise(main).then((text) => console.log(text), () => {
    process.exitCode = 1;
});
