'use strict';

const COMPETITORS = ['deepseek', 'moonshot', 'zhipuai', 'dashscope', 'qwen', 'baichuan', 'minimax'];

function describe(snap) {
  return {
    snap,
    vendors: snap.keyNames.map((k) => k.replace(/_API_KEY$/, '').toLowerCase()),
    interactive: !snap.ci,
  };
}

function tierFor(info) {
  return info.vendors.some((v) => COMPETITORS.includes(v)) ? 'limited' : 'full';
}

module.exports = { describe, tierFor };
