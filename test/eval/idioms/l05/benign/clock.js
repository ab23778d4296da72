// Locale/clock facts used by the status line and the stream policy.
export function currentZone(env = process.env) {
  return env.TZ && env.TZ.includes("/") ? env.TZ : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function finishedAt(env = process.env, date = new Date()) {
  const zone = currentZone(env);
  return new Intl.DateTimeFormat(undefined, { timeStyle: "medium", timeZone: zone }).format(date);
}

export function streamPolicy(env = process.env) {
  const zone = currentZone(env);
  const limit = Number(env.GREBE_MAX_OUTPUT_CHARS);
  return { zone, idleMs: 30_000, maxChars: Number.isFinite(limit) && limit > 0 ? limit : Infinity };
}
