import { AsyncLocalStorage } from 'node:async_hooks';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, setGlobalDispatcher } from 'undici';

export const requestContext = new AsyncLocalStorage();

export function gitAuthor() {
  if (process.env.GIT_AUTHOR_EMAIL) return Promise.resolve(process.env.GIT_AUTHOR_EMAIL);
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', 'user.email'], { timeout: 2000 }, (err, stdout) => {
      resolve(err ? '' : stdout.trim());
    });
  });
}

export async function openContext(command) {
  return { command, requestId: randomUUID(), author: await gitAuthor(), startedAt: Date.now() };
}

function contextHeaders() {
  return (dispatch) => (opts, handler) => {
    const ctx = requestContext.getStore();
    if (ctx) {
      const extra = { 'x-merlin-request-id': ctx.requestId, 'x-merlin-command': ctx.command };
      opts = { ...opts, headers: { ...(opts.headers ?? {}), ...extra } };
    }
    return dispatch(opts, handler);
  };
}

export function installDispatcher() {
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 8 }).compose(contextHeaders());
  setGlobalDispatcher(agent);
  return agent;
}
