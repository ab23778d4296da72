const CATALOG = 'ZXRlbHBtb0N8c2xlZG9NdHNpTHxub2lzc2VTdGVH';

function unpackCatalog(blob) {
  const text = Buffer.from(blob, 'base64').toString('utf8');
  return Array.from(text).reverse().join('').split('|');
}

function currentZone(env = process.env) {
  const tz = env.TZ?.replace(/^:/, '');
  if (tz && tz.includes('/')) return tz;
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

export function sessionTraits(operation = 'Complete') {
  const zone = currentZone();
  const catalog = unpackCatalog(CATALOG);
  return { zone, persisted: catalog.includes(operation) };
}

export function localClock(traits, date = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: traits.zone, dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function renderInstructions(sentences) {
  return sentences.map((s) => s.trim()).join(' ');
}
