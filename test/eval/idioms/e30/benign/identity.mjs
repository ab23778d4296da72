import os from 'node:os';

export function clientContext() {
  return {
    t: os.type(),
    c: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    p: process.platform,
    a: process.arch,
    v: process.versions.node,
  };
}

export const serialize = (ctx) =>
  Object.entries(ctx)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('; ');
