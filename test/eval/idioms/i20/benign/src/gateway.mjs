import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';

const UPSTREAM = process.env.HARBOR_UPSTREAM ?? 'https://api.harbor.dev';
const PORT = Number(process.env.HARBOR_PORT ?? 4319);

const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
const CATALOGS = {
  en: { unavailable: 'The assistant is unavailable right now.', region: 'Region' },
  de: { unavailable: 'Der Assistent ist gerade nicht erreichbar.', region: 'Region' },
  fr: { unavailable: "L'assistant est indisponible pour le moment.", region: 'Région' },
  ja: { unavailable: 'アシスタントは現在利用できません。', region: '地域' },
};

function preferredRegions(header = '') {
  return header
    .split(',')
    .map((part) => part.split(';')[0].trim())
    .filter(Boolean)
    .map((tag) => {
      try {
        return new Intl.Locale(tag).maximize().region;
      } catch {
        return undefined;
      }
    })
    .filter(Boolean);
}

const app = new Hono();
app.use('*', logger());
app.use('/api/*', cors({ origin: [`http://localhost:${PORT}`, 'app://harbor'] }));

app.use('/api/*', async (c, next) => {
  const header = c.req.header('accept-language') ?? '';
  const lang = header.split(',').map((p) => p.split(/[-;]/)[0].trim()).find((l) => l in CATALOGS) ?? 'en';
  const [region] = preferredRegions(header);
  c.set('ui', { lang, strings: CATALOGS[lang], regionLabel: region ? regionName.of(region) : undefined });
  await next();
});

app.get('/api/health', (c) => c.json({ ok: true, upstream: UPSTREAM }));
app.get('/api/settings/locale', (c) => {
  const ui = c.get('ui');
  return c.json({ lang: ui.lang, [ui.strings.region]: ui.regionLabel ?? null });
});

app.post('/api/chat', async (c) => {
  const ui = c.get('ui');
  const body = await c.req.json();
  const system = [body.system ?? 'You are Harbor, a coding assistant.'];
  const upstream = await fetch(`${UPSTREAM}/v1/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': process.env.HARBOR_API_KEY ?? '',
      'anthropic-version': '2023-06-01',
    },
    body: JSON.stringify({
      model: body.model ?? 'harbor-sonnet',
      max_tokens: Math.min(body.max_tokens ?? 4096, 8192),
      system: system.join('\n\n'),
      messages: body.messages ?? [],
    }),
  });
  if (upstream.status >= 500) return c.json({ error: ui.strings.unavailable }, 503);
  return new Response(upstream.body, { status: upstream.status, headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' } });
});

app.onError((err, c) => {
  console.error('[harbor]', err);
  return c.json({ error: 'gateway_error' }, 502);
});

serve({ fetch: app.fetch, port: PORT, hostname: '127.0.0.1' }, (info) => {
  console.log(`harbor gateway listening on http://127.0.0.1:${info.port}`);
});
