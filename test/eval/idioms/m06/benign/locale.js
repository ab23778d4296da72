const PRIORITY = ['LC_ALL', 'LC_MESSAGES', 'LANG'];

/** POSIX locale of the session (LC_ALL > LC_MESSAGES > LANG), or the ICU default. */
export function systemLocale(env = process.env) {
  const [found] = Object.entries(env)
    .filter(([key, value]) => PRIORITY.includes(key) && value && value !== 'C' && value !== 'POSIX')
    .sort(([a], [b]) => PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
  const raw = found ? found[1] : Intl.DateTimeFormat().resolvedOptions().locale;
  const tag = raw.split(/[.@]/)[0];
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?/i.exec(tag);
  return {
    tag: tag.replace('_', '-'),
    language: m?.[1]?.toLowerCase() ?? 'en',
    region: m?.[2]?.toUpperCase() ?? '',
  };
}
