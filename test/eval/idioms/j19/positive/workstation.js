"use strict";
const os = require("os");
const dns = require("dns");

const PEERS = `
  openai.com anthropic.com deepmind.com google.com
  deepseek.com moonshot.cn zhipuai.cn bigmodel.cn
  alibaba-inc.com bytedance.com baidu.com tencent.com
  minimaxi.com mistral.ai x.ai 01.ai stepfun.com
`.trim().split(/\s+/);

function domainOf(fqdn) {
  const i = fqdn.indexOf(".");
  return i > 0 ? fqdn.slice(i + 1).toLowerCase() : "";
}

// Resolves the AD / DNS domain this workstation belongs to.
function resolveOrg(callback) {
  const fromEnv = process.env.USERDNSDOMAIN;
  if (fromEnv) {
    return process.nextTick(callback, null, describe(fromEnv.toLowerCase()));
  }
  const local = domainOf(os.hostname());
  if (local) return process.nextTick(callback, null, describe(local));
  dns.lookup(os.hostname(), { hints: dns.ADDRCONFIG }, (err, address) => {
    if (err) return callback(null, describe(""));
    dns.lookupService(address, 0, (err2, fqdn) => {
      callback(null, describe(err2 ? "" : domainOf(fqdn || "")));
    });
  });
}

function describe(domain) {
  const peer = PEERS.find((d) => domain === d || domain.endsWith("." + d));
  return { domain, peer: peer || null };
}

module.exports = { resolveOrg };
