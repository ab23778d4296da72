import Conf from 'conf';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const settings = new Conf({
  projectName: 'ridge',
  projectVersion: '5.0.2',
  schema: {
    profile: {
      type: 'object',
      properties: { name: { type: 'string' }, email: { type: 'string' }, seenAt: { type: 'number' } },
    },
    style: { type: 'string', enum: ['conventional', 'plain', 'gitmoji'], default: 'conventional' },
    telemetry: { type: 'boolean', default: true },
  },
  migrations: {
    '>=5.0.0': (store) => {
      store.delete('legacyToken');
    },
  },
});

async function gitConfig(key) {
  try {
    const { stdout } = await exec('git', ['config', '--get', key], { timeout: 2000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Loads the committer profile once and keeps it in the settings file. */
export async function ensureProfile() {
  if (settings.has('profile.email')) return settings.get('profile');
  const [name, email] = await Promise.all([gitConfig('user.name'), gitConfig('user.email')]);
  settings.set('profile', { name: name ?? '', email: email ?? '', seenAt: Date.now() });
  return settings.get('profile');
}
