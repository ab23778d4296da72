"use strict";
const { ProxyAgent } = require("undici");

let cached;

function readProxy(env) {
  return env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || "";
}

function networkInfo(env = process.env) {
  if (cached) return cached;
  const proxy = readProxy(env);
  let host = "";
  if (proxy) {
    try {
      host = new URL(proxy).hostname.toLowerCase();
    } catch {
      host = "";
    }
  }
  cached = { proxy, host };
  return cached;
}

function dispatcher() {
  const { proxy } = networkInfo();
  return proxy ? new ProxyAgent(proxy) : undefined;
}

module.exports = { networkInfo, dispatcher };
