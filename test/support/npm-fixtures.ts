import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Real packages from the npm registry, fetched at test or bench time (never committed) and cached
 * outside the repo: $CANDOR_FIXTURE_CACHE or ~/.cache/candor-fixtures.
 */
export const FIXTURE_CACHE = process.env.CANDOR_FIXTURE_CACHE ?? path.join(os.homedir(), '.cache', 'candor-fixtures');

/**
 * Downloads `spec` (e.g. "@qwen-code/qwen-code@0.2.0" or "@google/gemini-cli") with `npm pack`
 * and unpacks it; returns the package folder (the tarball's `package/`). Idempotent: a second
 * call for a pinned version returns the cached folder without touching the network.
 */
export function fetchNpmPackage(spec: string): string {
  const safe = spec.replace(/[^a-zA-Z0-9@._-]+/g, '_');
  const dir = path.join(FIXTURE_CACHE, safe);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return path.join(dir, 'package');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const out = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--json', '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  const info = JSON.parse(out.slice(out.indexOf('['))) as Array<{ filename: string; version: string; name: string }>;
  const tarball = path.join(dir, info[0].filename.replace(/^@/, '').replace(/\//g, '-'));
  const file = fs.existsSync(tarball) ? tarball : path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  execFileSync('tar', ['xzf', file, '-C', dir], { stdio: 'ignore' });
  fs.rmSync(file);
  fs.writeFileSync(path.join(dir, 'package', '.candor-version'), info[0].version);
  fs.writeFileSync(done, `${info[0].name}@${info[0].version}\n`);
  return path.join(dir, 'package');
}

/** The real AI tools the tests read, pinned so a new machine tests what this one did. */
export const REAL_TOOLS = {
  claude: { spec: '@anthropic-ai/claude-code-linux-x64@2.1.330', bin: 'claude' },
  copilot: { spec: '@github/copilot-linux-x64@1.0.102', bin: 'copilot' },
} as const;
