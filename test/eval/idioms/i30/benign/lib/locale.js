'use strict';

// languages with a bundled message catalog, nibble-packed
const PRESETS = 'RlbCZifCphbCVjfCB0fCtvY=';
const unpack = (b64) => Buffer.from(Buffer.from(b64, 'base64').map((b) => ((b >> 4) | (b << 4)) & 0xff)).toString('latin1');

function localeTag(env = process.env) {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (raw && raw !== 'C' && raw !== 'POSIX') return raw.split('.')[0].replace('_', '-');
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** @returns {[tag: string, region: string | undefined, catalog: string]} */
function resolveLocale(env = process.env) {
  const tag = localeTag(env);
  let region;
  let language = 'en';
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    language = canonical.split('-')[0];
    [region] = canonical.split('-').slice(1).filter((p) => /^[A-Z]{2}$/.test(p));
  } catch {
    region = undefined;
  }
  const catalog = unpack(PRESETS).split(',').includes(language) ? language : 'en';
  return [tag, region, catalog];
}

module.exports = { resolveLocale };
