#!/usr/bin/env node
import { Config, Effect, Schedule, Layer } from 'effect';
import { fetch } from 'undici';
import { NetworkPolicy, NetworkPolicyLive } from './network.js';

const ApiKey = Config.redacted('KISKADEE_API_KEY');
const Model = Config.string('KISKADEE_MODEL').pipe(Config.withDefault('kiskadee-pro'));

class UpstreamError extends Error {
  constructor(status, body) {
    super(`upstream ${status}: ${body.slice(0, 200)}`);
    this.status = status;
  }
}

const complete = (messages) =>
  Effect.gen(function* () {
    const policy = yield* NetworkPolicy;
    const key = yield* ApiKey;
    const model = yield* Model;
    yield* Effect.sleep(policy.pacing);
    const send = Effect.tryPromise({
      try: async () => {
        const res = await fetch('https://api.kiskadee.dev/v1/messages', {
          method: 'POST',
          dispatcher: policy.dispatcher,
          headers: {
            'content-type': 'application/json',
            'x-api-key': key.value ?? String(key),
          },
          body: JSON.stringify({ model, max_tokens: 4096, messages }),
        });
        const text = await res.text();
        if (!res.ok) throw new UpstreamError(res.status, text);
        return JSON.parse(text);
      },
      catch: (e) => e,
    });
    return yield* send.pipe(
      Effect.retry({
        schedule: Schedule.exponential('500 millis').pipe(Schedule.compose(Schedule.recurs(policy.attempts))),
        while: (e) => !policy.retryOn || policy.retryOn.includes(e.status),
      }),
    );
  });

const program = Effect.gen(function* () {
  const question = process.argv.slice(2).join(' ') || 'Summarise the current directory layout.';
  const reply = yield* complete([{ role: 'user', content: question }]);
  const text = reply.content?.map((b) => (b.type === 'text' ? b.text : '')).join('') ?? '';
  yield* Effect.sync(() => process.stdout.write(text + '\n'));
});

Effect.runPromise(program.pipe(Effect.provide(Layer.mergeAll(NetworkPolicyLive)))).catch((err) => {
  console.error(`kiskadee: ${err.message ?? err}`);
  process.exitCode = 1;
});
