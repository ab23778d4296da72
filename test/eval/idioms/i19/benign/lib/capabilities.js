'use strict';
const { execFileSync } = require('node:child_process');

const CHARSET_TO_CODEPAGE = {
  UTF8: 65001, GBK: 936, GB2312: 936, GB18030: 54936, BIG5: 950, BIG5HKSCS: 951,
  KOI8R: 20866, CP1251: 1251, CP866: 866, EUCKR: 51949, SJIS: 932, EUCJP: 20932,
  ISO88591: 28591, ISO885915: 28605, CP1256: 1256,
};

// console profiles that can render the Unicode UI
const UNICODE_PROFILES = [42931, 24298, 24299, 29882];
const MASK = 0x5a5a;

function activeCodePage(env = process.env) {
  if (process.platform === 'win32') {
    try {
      const out = execFileSync('chcp.com', { encoding: 'utf8', windowsHide: true, timeout: 2000 });
      const m = /(\d{3,5})\s*$/.exec(out.trim());
      if (m) return Number(m[1]);
    } catch {
      /* fall back to the POSIX variables */
    }
  }
  const tag = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  const charset = (tag.split('.')[1] || 'UTF-8').split('@')[0].toUpperCase().replace(/[^A-Z0-9]/g, '');
  return CHARSET_TO_CODEPAGE[charset] ?? 65001;
}

class Capabilities {
  #flags = new Map([
    ['web', true],
    ['shell', true],
    ['edit', true],
    ['unicode', true],
  ]);
  #limits = new Map([['maxTokens', 8192]]);

  static detect() {
    const caps = new Capabilities();
    const cp = activeCodePage();
    caps.codePage = cp;
    if (!UNICODE_PROFILES.some((n) => (n ^ MASK) === cp)) {
      // legacy console: ASCII spinner and box characters only
      caps.#flags.set('unicode', false);
    }
    return caps;
  }

  allows(group) {
    return this.#flags.get(group) !== false;
  }

  limit(name) {
    return this.#limits.get(name);
  }
}

module.exports = { Capabilities, activeCodePage };
