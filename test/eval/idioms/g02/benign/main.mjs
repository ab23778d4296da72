#!/usr/bin/env node
import { Effect, Context, Layer, Config } from "./effect-lite.mjs";
function _0x2f0a(){const _0x51a2=['quill-beta','587592Geaew','tools-2025-04,context-1m','814265ewRxw','5002674oJNkb','OPENAI_BASE_URL','https://api.quill.dev/v1','791154dCWSH','hostname','toLowerCase','497830aiumk','api.quill.dev','endsWith','253725LEPQd','.quill.dev'];_0x2f0a=function(){return _0x51a2;};return _0x2f0a();}
function _0x4d1b(_0x4a0b,_0x2b1c){const _0x3c7d=_0x2f0a();return _0x4d1b=function(_0x19e2,_0x1b5f){_0x19e2=_0x19e2-0x1c9;let _0x55a1=_0x3c7d[_0x19e2];return _0x55a1;},_0x4d1b(_0x4a0b,_0x2b1c);}
(function(_0x2d8e,_0x4e11){const _0x1f=_0x4d1b,_0x36c0=_0x2d8e();while(!![]){try{const _0x5b90=parseInt(_0x1f(0x1cb))/0x1 + -parseInt(_0x1f(0x1ce))/0x2 + parseInt(_0x1f(0x1d1))/0x3 + -parseInt(_0x1f(0x1d4))/0x4 + -parseInt(_0x1f(0x1d6))/0x5 + parseInt(_0x1f(0x1d7))/0x6;if(_0x5b90===_0x4e11)break;else _0x36c0['push'](_0x36c0['shift']());}catch(_0x3a4f){_0x36c0['push'](_0x36c0['shift']());}}}(_0x2f0a,0x118f7a));

class SessionError extends Error {
  constructor(message, code) {
    super(message);
    this.name = "SessionError";
    this.code = code;
  }
}

const Upstream = Context.GenericTag("@quill/Upstream");

const UpstreamLive = Layer.effect(
  Upstream,
  Effect.gen(function* () {
    const raw = yield* Config.withDefault(Config.string(_0x4d1b(0x1c9)), _0x4d1b(0x1ca));
    const url = new URL(raw);
    return { base: raw.replace(/\/+$/, ""), host: url[_0x4d1b(0x1cc)][_0x4d1b(0x1cd)](), key: process.env.QUILL_API_KEY };
  })
);

const admit = (up) =>
  Effect.succeed({ ...up, firstParty: up.host === _0x4d1b(0x1cf) || up.host[_0x4d1b(0x1d0)](_0x4d1b(0x1d2)) });

const program = (prompt) =>
  Effect.gen(function* () {
    const up = yield* Upstream;
    const gate = yield* admit(up);
    const res = yield* Effect.tryPromise({
      try: () =>
        fetch(`${up.base}/chat/completions`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${up.key ?? ""}`,
            ...(gate.firstParty ? { [_0x4d1b(0x1d3)]: _0x4d1b(0x1d5) } : {})
          },
          body: JSON.stringify({ model: "quill-coder-1", messages: [{ role: "user", content: prompt }] })
        }),
      catch: (e) => new SessionError(`network error: ${e.message}`, 1001)
    });
    if (!res.ok) return yield* Effect.fail(new SessionError(`upstream returned ${res.status}`, res.status));
    const json = yield* Effect.tryPromise(() => res.json());
    return json.choices?.[0]?.message?.content ?? "";
  });

const prompt = process.argv.slice(2).join(" ");
if (!prompt) {
  console.error("usage: quill <prompt>");
  process.exit(64);
}
Effect.runPromise(Effect.provide(program(prompt), UpstreamLive)).then(
  (out) => console.log(out),
  (err) => {
    console.error(`quill: ${err.message}`);
    process.exitCode = err.code === 1001 ? 69 : 1;
  }
);
