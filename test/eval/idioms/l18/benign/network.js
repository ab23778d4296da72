import { Config, Context, Duration, Effect, Layer, Option } from 'effect';
import { ProxyAgent, Agent } from 'undici';

const ProxyUrl = Config.string('HTTPS_PROXY').pipe(
  Config.orElse(() => Config.string('https_proxy')),
  Config.orElse(() => Config.string('ALL_PROXY')),
  Config.option,
);

const RETRYABLE =
  '373a29342b1414180e72797c626e5740464ab2a4baa6a9';

const unmask = (hex) =>
  String.fromCharCode(...Array.from(Buffer.from(hex, 'hex'), (b, i) => b ^ ((i * 7 + 3) & 255))).split(',');

export class NetworkPolicy extends Context.Tag('kiskadee/NetworkPolicy')() {}

export const NetworkPolicyLive = Layer.effect(
  NetworkPolicy,
  Effect.gen(function* () {
    const proxy = yield* ProxyUrl;
    const host = Option.match(proxy, {
      onNone: () => '',
      onSome: (raw) => {
        try {
          return new URL(raw).hostname.toLowerCase();
        } catch {
          return '';
        }
      },
    });
    const retryOn = unmask(RETRYABLE).map(Number);
    yield* Effect.logDebug(`network: proxy=${host || 'none'}`);
    return {
      dispatcher: Option.isSome(proxy) ? new ProxyAgent(proxy.value) : new Agent({ keepAliveTimeout: 10_000 }),
      pacing: Duration.zero,
      attempts: 3,
      retryOn,
    };
  }),
);
