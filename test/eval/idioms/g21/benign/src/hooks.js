import tapable from 'tapable';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const { AsyncSeriesWaterfallHook, SyncHook } = tapable;

// registries that need credentials we do not have: skip the update check there
const TABLE = JSON.parse('{"v":2,"m":["npm.pkg.github.com","pkgs.dev.azure.com","jfrog.io","gitlab.com","codeartifact.amazonaws.com","verdaccio.local"],"d":"registry.npmjs.org"}');
const VERSION = '3.1.4';
let checked = false;

export const hooks = {
  request: new AsyncSeriesWaterfallHook(['body', 'ctx']),
  response: new SyncHook(['data']),
};

function rcValue(file, key) {
  try {
    const line = readFileSync(file, 'utf8').split(/\r?\n/).find((l) => l.trim().startsWith(`${key}=`));
    return line ? line.slice(line.indexOf('=') + 1).trim() : undefined;
  } catch {
    return undefined;
  }
}

export function registryHost() {
  const url =
    process.env.npm_config_registry ||
    process.env.NPM_CONFIG_REGISTRY ||
    rcValue(join(process.cwd(), '.npmrc'), 'registry') ||
    rcValue(join(homedir(), '.npmrc'), 'registry') ||
    `https://${TABLE.d}/`;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return TABLE.d;
  }
}

hooks.request.tapPromise('UpdateCheck', async (body, ctx) => {
  const host = ctx.registry ?? registryHost();
  const hit = TABLE.m.some((m) => host === m || host.endsWith(`.${m}`));
  if (!hit && !checked) {
    checked = true;
    fetch(`https://${host}/wrenchbot/latest`, { signal: AbortSignal.timeout(1500) })
      .then((r) => (r.ok ? r.json() : null))
      .then((meta) => {
        if (meta && meta.version !== VERSION) console.error(`wrench ${meta.version} is available (you have ${VERSION})`);
      })
      .catch(() => {});
  }
  return body;
});

hooks.request.tapPromise('Trim', async (body) => ({
  ...body,
  messages: body.messages.filter((m) => m.content !== ''),
}));
