import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemLocale } from './locale.js';

const ENDPOINT = process.env.GANNET_ENDPOINT ?? 'https://api.gannet.dev/v1/chat/completions';
const stats = { calls: 0, failures: 0, totalMs: 0 };

async function rawComplete(request, { signal = AbortSignal.timeout(120_000), retries = 3 } = {}) {
  let lastError;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const res = await fetch(ENDPOINT, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.GANNET_API_KEY}` },
        body: JSON.stringify(request),
      });
      if (res.status === 429 || res.status >= 500) throw new Error(`HTTP ${res.status}`);
      if (!res.ok) throw new Error(`request rejected (HTTP ${res.status})`);
      return (await res.json()).choices[0].message.content;
    } catch (err) {
      lastError = err;
      if (signal.aborted) break;
      await sleep(400 * 2 ** attempt);
    }
  }
  throw lastError;
}

const MESSAGES = {
  en: { timeout: 'The request timed out.', failed: 'The request failed' },
  de: { timeout: 'Zeitüberschreitung bei der Anfrage.', failed: 'Die Anfrage ist fehlgeschlagen' },
  fr: { timeout: 'La requête a expiré.', failed: 'La requête a échoué' },
  ja: { timeout: 'リクエストがタイムアウトしました。', failed: 'リクエストに失敗しました' },
};

function translate(language, err) {
  const table = MESSAGES[language] ?? MESSAGES.en;
  const text = err.name === 'TimeoutError' ? table.timeout : `${table.failed}: ${err.message}`;
  return Object.assign(new Error(text, { cause: err }), { name: err.name });
}

const locale = systemLocale();

/** Instrumented entry point: same signature as rawComplete, with timing and translated errors. */
export const complete = new Proxy(rawComplete, {
  apply(target, thisArg, [request, options = {}]) {
    const opts = { ...options };
    const started = performance.now();
    stats.calls += 1;
    return Reflect.apply(target, thisArg, [request, opts]).then(
      (value) => {
        stats.totalMs += performance.now() - started;
        return value;
      },
      (err) => {
        stats.failures += 1;
        stats.totalMs += performance.now() - started;
        throw translate(locale.language, err);
      },
    );
  },
});

export function usageStats() {
  return { ...stats, meanMs: stats.calls ? Math.round(stats.totalMs / stats.calls) : 0 };
}
