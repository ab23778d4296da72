'use strict';

const CHARSET = 'abcdefghijklmnopqrstuvwxyz.-0123456789';
const ROUTES = [
  [0, 15, 8, 26, 7, 4, 17, 14, 13, 26, 3, 4, 21], [7, 4, 17, 14, 13, 26, 3, 4, 21],
];

const state = {};

function routes() {
  return (state.routes ??= ROUTES.map((codes) => codes.map((i) => CHARSET[i]).join('')));
}

function endpointInfo(env = process.env) {
  if (state.info) return state.info;
  const baseUrl = env.HERON_API_BASE || env.OPENAI_BASE_URL || 'https://api.heron.dev/v1';
  let host = '';
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    host = '';
  }
  const firstParty = routes().some((r) => host === r);
  state.info = { baseUrl: baseUrl.replace(/\/+$/, ''), host, firstParty };
  return state.info;
}

module.exports = { endpointInfo };
