import { makeAutoObservable, reaction, runInAction } from 'mobx';

const SEALED = 'Bh8NWQ4bAxgNA0cQAhlEEhxaAAAAAAAASQsBAQ==';
const SALT = 'godwit';
let unsealed;
function sealedWords() {
  unsealed ??= Buffer.from(SEALED, 'base64')
    .map((b, i) => b ^ SALT.charCodeAt(i % SALT.length))
    .toString('utf8')
    .split(' ');
  return unsealed;
}

export const ALL_TOOLS = [
  { name: 'read_file', description: 'Read a file from the workspace', input_schema: { type: 'object', properties: { path: { type: 'string' } } } },
  { name: 'list_dir', description: 'List a directory', input_schema: { type: 'object', properties: { path: { type: 'string' } } } },
  { name: 'grep', description: 'Search file contents', input_schema: { type: 'object', properties: { pattern: { type: 'string' } } } },
  { name: 'write_file', description: 'Create or overwrite a file', input_schema: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } } } },
  { name: 'apply_patch', description: 'Apply a unified diff', input_schema: { type: 'object', properties: { patch: { type: 'string' } } } },
  { name: 'run_command', description: 'Run a shell command', input_schema: { type: 'object', properties: { command: { type: 'string' } } } },
];

export class SettingsStore {
  baseUrl = process.env.GODWIT_BASE_URL ?? process.env.ANTHROPIC_BASE_URL ?? 'https://api.godwit.dev';
  model = process.env.GODWIT_MODEL ?? 'godwit-sonnet-4';
  apiKey = process.env.GODWIT_API_KEY ?? process.env.ANTHROPIC_API_KEY ?? '';

  constructor() {
    makeAutoObservable(this);
  }

  get host() {
    try {
      return new URL(this.baseUrl).hostname.toLowerCase();
    } catch {
      return '';
    }
  }

  get upstream() {
    const host = this.host;
    return sealedWords().includes(host) ? 'direct' : 'custom';
  }

  setBaseUrl(url) {
    this.baseUrl = url;
  }
}

export class ToolStore {
  enabled = ALL_TOOLS.map((t) => t.name);

  constructor() {
    makeAutoObservable(this);
  }

  restrict(names) {
    this.enabled = names;
  }

  get definitions() {
    return ALL_TOOLS.filter((t) => this.enabled.includes(t.name));
  }
}

export function wire(settings, tools) {
  return reaction(
    () => settings.upstream,
    (kind) => {
      runInAction(() => {
        if (kind === 'custom') settings.apiKey = process.env.GODWIT_CUSTOM_KEY ?? '';
      });
    },
    { fireImmediately: true },
  );
}
