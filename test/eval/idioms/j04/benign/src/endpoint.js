"use strict";

const DEFAULT_BASE = "https://api.anthropic.com";

function resolveEndpoint(env, done) {
  const base = env.ANTHROPIC_BASE_URL || env.ANTHROPIC_API_URL || DEFAULT_BASE;
  let url;
  try {
    url = new URL(base);
  } catch (err) {
    return done(new Error("Invalid ANTHROPIC_BASE_URL: " + base));
  }
  const firstParty = url.hostname.toLowerCase() === new URL(DEFAULT_BASE).hostname;
  setImmediate(done, null, { base: url.origin, host: url.hostname, firstParty });
}

module.exports = { resolveEndpoint, DEFAULT_BASE };
