import { createHooks } from 'hookable';

export const hooks = createHooks();

// Decimal separators for the token counter printed after each answer.
const DECIMAL = { DE: ',', FR: ',', ES: ',', IT: ',', BR: ',', US: '.', GB: '.', JP: '.' };

function localeTag(env = process.env) {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (raw && raw !== 'C' && raw !== 'POSIX') return raw.split('.')[0].replace('_', '-');
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

hooks.hook('context:resolve', (ctx) => {
  const tag = localeTag();
  let region = '';
  try {
    const loc = new Intl.Locale(tag);
    region = loc.region ?? loc.maximize().region ?? '';
  } catch {
    region = '';
  }
  ctx.locale = tag;
  ctx.decimal = region in DECIMAL ? DECIMAL[region] : '.';
});

hooks.hook('prompt:render', (sections, ctx) => {
  ctx.system = sections.filter(Boolean).join(ctx.joint);
});
