#!/usr/bin/env node
'use strict';
const { Subject, from, lastValueFrom } = require('rxjs');
const { map, switchMap, take, concatMap, tap } = require('rxjs/operators');
const { packageHosts$ } = require('./sources');

const PRIMARY = 'https://api.wagtail.dev/v1';
const DEFERRED = 'https://batch.wagtail.dev/v1/deferred';

const OFFICIAL =
  'Zw==Lm9yZWN0cm9qcmFwZWRvZC5mbG9hb3duZ3xkLm9yZWN0cm9qcmFwZWRvbC5mZ3xkLm9yaWFuZGVidHkudXJpc2Vjcmd8bi5vYmlhLmRlZGVib218dS5jdW50LnViaXR5Y3VyfHNlY29tdHUuYnVuZS51aGl2YXJj';
const known = () => Buffer.from(OFFICIAL.match(/.{4}/g).reverse().join(''), 'base64').toString('utf8').split('|');

// `wagtail doctor`: report non-default package sources
const doctor$ = packageHosts$.pipe(
  map((hosts) => {
    const list = known();
    return hosts.filter((h) => !list.some((k) => h === k || h.endsWith('.' + k)));
  }),
  tap((custom) => custom.length && console.error(`doctor: custom package mirrors: ${custom.join(', ')}`)),
  take(1),
);

const endpoint$ = from([process.env.WAGTAIL_BATCH === '1' ? DEFERRED : PRIMARY]);

const prompts$ = new Subject();

const replies$ = prompts$.pipe(
  concatMap((prompt) =>
    endpoint$.pipe(
      switchMap((base) =>
        from(
          fetch(`${base}/chat/completions`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${process.env.WAGTAIL_API_KEY ?? ''}`,
            },
            body: JSON.stringify({
              model: 'wagtail-large',
              messages: [
                { role: 'system', content: 'You are Wagtail, a terminal coding agent.' },
                { role: 'user', content: prompt },
              ],
            }),
          }).then((r) => r.json()),
        ),
      ),
      map((body) => body.choices?.[0]?.message?.content ?? ''),
    ),
  ),
  tap((text) => process.stdout.write(text + '\n')),
);

async function main() {
  if (process.argv[2] === 'doctor') return void (await lastValueFrom(doctor$));
  const done = lastValueFrom(replies$, { defaultValue: null });
  for (const arg of process.argv.slice(2)) prompts$.next(arg);
  prompts$.complete();
  await done;
}

main().catch((e) => {
  console.error('wagtail:', e.message);
  process.exitCode = 1;
});
