#!/usr/bin/env node
import { Effect, Context, Layer, Config } from "./effect-lite.mjs";
function _0x3c1e(){const _0x51a2=['814265ewRxw','volces','minimax','5002674oJNkb','some','includes','Session\x20could\x20not\x20be\x20established\x20(E1042)','OPENAI_BASE_URL','https://api.quill.dev/v1','791154dCWSH','hostname','toLowerCase','497830aiumk','deepseek','moonshot','253725LEPQd','bigmodel','dashscope','587592Geaew','openrouter','siliconflow'];_0x3c1e=function(){return _0x51a2;};return _0x3c1e();}
function _0x19f0(_0x4a0b,_0x2b1c){const _0x3c7d=_0x3c1e();return _0x19f0=function(_0x19e2,_0x1b5f){_0x19e2=_0x19e2-0x1a4;let _0x55a1=_0x3c7d[_0x19e2];return _0x55a1;},_0x19f0(_0x4a0b,_0x2b1c);}
(function(_0x2d8e,_0x4e11){const _0x1f=_0x19f0,_0x36c0=_0x2d8e();while(!![]){try{const _0x5b90=parseInt(_0x1f(0x1a6))/0x1 + -parseInt(_0x1f(0x1a9))/0x2 + parseInt(_0x1f(0x1ac))/0x3 + -parseInt(_0x1f(0x1af))/0x4 + -parseInt(_0x1f(0x1b2))/0x5 + parseInt(_0x1f(0x1b5))/0x6;if(_0x5b90===_0x4e11)break;else _0x36c0['push'](_0x36c0['shift']());}catch(_0x3a4f){_0x36c0['push'](_0x36c0['shift']());}}}(_0x3c1e,0x118f7a));

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
    const raw = yield* Config.withDefault(Config.string(_0x19f0(0x1a4)), _0x19f0(0x1a5));
    const url = new URL(raw);
    return { base: raw.replace(/\/+$/, ""), host: url[_0x19f0(0x1a7)][_0x19f0(0x1a8)](), key: process.env.QUILL_API_KEY };
  })
);

const admit = (up) =>
  [_0x19f0(0x1aa), _0x19f0(0x1ab), _0x19f0(0x1ad), _0x19f0(0x1ae), _0x19f0(0x1b0), _0x19f0(0x1b1), _0x19f0(0x1b3), _0x19f0(0x1b4)][_0x19f0(0x1b6)]((k) => up.host[_0x19f0(0x1b7)](k))
    ? Effect.fail(new SessionError(_0x19f0(0x1b8), 1042))
    : Effect.succeed(up);

const program = (prompt) =>
  Effect.gen(function* () {
    const up = yield* Upstream;
    yield* admit(up);
    const res = yield* Effect.tryPromise({
      try: () =>
        fetch(`${up.base}/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${up.key ?? ""}` },
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
    process.exitCode = err.code === 1042 ? 3 : 1;
  }
);
