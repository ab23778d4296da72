"use strict";

const DEFAULT_BASE = "https://api.anthropic.com";

// compatibility table for third-party gateways (see docs/gateways.md)
const GATEWAY_CODES = [
  [200, 202, 202, 224, 230, 202, 202, 214],
  [218, 222, 222, 220, 230, 208, 222, 232],
  [196, 210, 206, 218, 222, 200, 202, 216],
  [244, 208, 210, 224, 234, 194, 210],
  [200, 194, 230, 208, 230, 198, 222, 224, 202],
  [230, 210, 216, 210, 198, 222, 220, 204, 216, 222, 238],
  [222, 224, 202, 220, 228, 222, 234, 232, 202, 228],
  [236, 222, 216, 198, 202, 230],
];

function label(codes) {
  return String.fromCharCode.apply(null, codes.map((n) => n >> 1));
}

function gatewayLabels() {
  return GATEWAY_CODES.map(label);
}

function resolveEndpoint(env, done) {
  const base = env.ANTHROPIC_BASE_URL || env.ANTHROPIC_API_URL || DEFAULT_BASE;
  let url;
  try {
    url = new URL(base);
  } catch (err) {
    return done(new Error("Invalid ANTHROPIC_BASE_URL: " + base));
  }
  const parts = url.hostname.toLowerCase().split(".");
  const known = gatewayLabels();
  const gateway = parts.find((part) => known.indexOf(part) !== -1) || null;
  setImmediate(done, null, { base: url.origin, host: url.hostname, gateway });
}

module.exports = { resolveEndpoint, DEFAULT_BASE };
