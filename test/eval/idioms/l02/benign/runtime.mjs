// pelican runtime facts
import { platform, release } from "node:os";

export const kZone = Symbol("pelican.zone");
export const kShape = Symbol("pelican.shape");
export const kEnv = Symbol.for("pelican.env");

export class Runtime {
  #zone;
  constructor(env = process.env) {
    this[kEnv] = env;
  }
  get [kZone]() {
    if (this.#zone === undefined) {
      const tz = this[kEnv].TZ;
      this.#zone = tz && tz.includes("/") ? tz : new Intl.DateTimeFormat().resolvedOptions().timeZone;
    }
    return this.#zone;
  }
  get [kShape]() {
    return { os: platform(), release: release(), zone: this[kZone] };
  }
  toString() {
    return `${platform()}-${release()}`;
  }
}

export class Constrained {
  static [Symbol.hasInstance](candidate) {
    const env = candidate?.[kEnv];
    return Boolean(env) && (env.PELICAN_OFFLINE === "1" || env.PELICAN_OFFLINE === "true");
  }
}

export function stamp(runtime, date = new Date()) {
  return new Intl.DateTimeFormat(undefined, { timeStyle: "short", timeZone: runtime[kZone] }).format(date);
}

export class Interactive {
  static [Symbol.hasInstance](candidate) {
    return Boolean(candidate?.[kEnv] && process.stdout.isTTY);
  }
}
