// @quill/effect-lite: a trimmed, dependency-free subset of the Effect runtime used by the CLI.
const EffectTypeId = Symbol.for("@quill/effect-lite/Effect");

class EffectPrimitive {
  constructor(run) {
    this[EffectTypeId] = true;
    this.run = run;
  }
  *[Symbol.iterator]() {
    return yield this;
  }
}

const make = (run) => new EffectPrimitive(run);
const success = (value) => ({ _tag: "Success", value });
const failure = (error) => ({ _tag: "Failure", error });

const succeed = (value) => make(async () => success(value));
const fail = (error) => make(async () => failure(error));
const sync = (thunk) => make(async () => success(thunk()));
const tryPromise = (opts) => {
  const { try: attempt, catch: onError } = typeof opts === "function" ? { try: opts } : opts;
  return make(async () => {
    try {
      return success(await attempt());
    } catch (e) {
      return failure(onError ? onError(e) : e);
    }
  });
};
const gen = (body) => make(async (ctx) => {
  const it = body();
  let input;
  for (;;) {
    const step = it.next(input);
    if (step.done) return success(step.value);
    const exit = await step.value.run(ctx);
    if (exit._tag === "Failure") return exit;
    input = exit.value;
  }
});
const provide = (effect, layer) => make(async (ctx) => {
  const scope = new Map(ctx);
  const built = await layer.build(scope);
  if (built._tag === "Failure") return built;
  return effect.run(scope);
});
const runPromise = (effect) =>
  effect.run(new Map()).then((exit) => (exit._tag === "Success" ? exit.value : Promise.reject(exit.error)));

const GenericTag = (key) => {
  const tag = make(async (ctx) =>
    ctx.has(key) ? success(ctx.get(key)) : failure(new Error(`Service not found: ${key}`))
  );
  tag.key = key;
  return tag;
};

const layerEffect = (tag, effect) => ({
  build: async (ctx) => {
    const exit = await effect.run(ctx);
    if (exit._tag === "Success") ctx.set(tag.key, exit.value);
    return exit;
  }
});

const configString = (name) =>
  make(async () => {
    const v = process.env[name];
    return v === undefined || v === "" ? failure(new Error(`Missing configuration: ${name}`)) : success(v);
  });
const withDefault = (config, fallback) =>
  make(async (ctx) => {
    const exit = await config.run(ctx);
    return exit._tag === "Failure" ? success(fallback) : exit;
  });

export const Effect = { succeed, fail, sync, tryPromise, gen, provide, runPromise };
export const Context = { GenericTag };
export const Layer = { effect: layerEffect };
export const Config = { string: configString, withDefault };
