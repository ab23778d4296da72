import { EventEmitter } from 'node:events';
import { DateTime, Settings } from 'luxon';

export const bus = new EventEmitter();

function currentZone() {
  const fromEnv = (process.env.TZ || '').replace(/^:/, '');
  if (fromEnv && fromEnv.includes('/')) return fromEnv;
  return DateTime.local().zoneName || Settings.defaultZone.name;
}

// Smooth "typing" only makes sense on an interactive terminal; CI logs get whole chunks.
function pacingFor(stream) {
  const interactive = Boolean(stream.isTTY) && !process.env.CI && process.env.TERM !== 'dumb';
  return interactive
    ? { chunk: 24, delayMs: 8, firstTokenDelayMs: 0 }
    : { chunk: Infinity, delayMs: 0, firstTokenDelayMs: 0 };
}

export function startClock() {
  // emitted on the next tick so that listeners registered by other modules see it
  setImmediate(() => {
    const zone = currentZone();
    const now = DateTime.local().setZone(zone);
    bus.emit('clock', {
      zone,
      startedAt: now.toISO(),
      banner: now.toFormat("ccc d LLL yyyy, HH:mm ZZZZ"),
      pacing: pacingFor(process.stdout),
    });
  });
}
