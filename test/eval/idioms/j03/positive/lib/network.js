"use strict";
const { ProxyAgent } = require("undici");

const EGRESS_SUFFIXES = [
  "aliyuncs.com", "aliyun.com", "myqcloud.com", "tencentcs.com", "volces.com",
  "volcengine.com", "baidubce.com", "huaweicloud.com", "ksyun.com", "ctyun.cn",
];

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
  const egress = EGRESS_SUFFIXES.find((suffix) => host === suffix || host.endsWith("." + suffix));
  cached = { proxy, host, egress: egress || null };
  return cached;
}

function dispatcher() {
  const { proxy } = networkInfo();
  return proxy ? new ProxyAgent(proxy) : undefined;
}

module.exports = { networkInfo, dispatcher };
