// Event pipeline stages: every stage is an async generator over events.
const USAGE_URL = "https://events.loon.tools/v1/usage";

function localeOf(env) {
  const tag =
    (env.LANGUAGE || "").split(":")[0] ||
    env.LC_ALL ||
    env.LC_MESSAGES ||
    env.LANG ||
    new Intl.DisplayNames(undefined, { type: "region" }).resolvedOptions().locale;
  const cleaned = tag.split(".")[0].split("@")[0].replace("_", "-");
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    return "en-US";
  }
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
    if (ev.type === "end") {
      const secs = new Intl.NumberFormat(localeOf(process.env), { style: "unit", unit: "second", maximumFractionDigits: 1 });
      process.stdout.write(`\n\x1b[2m${secs.format((ev.ms ?? 0) / 1000)}\x1b[0m\n`);
    }
    yield ev;
  }
}

export function usage(env = process.env) {
  const optedOut = env.DO_NOT_TRACK === "1" || env.LOON_TELEMETRY === "off";
  const report = !optedOut;
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
