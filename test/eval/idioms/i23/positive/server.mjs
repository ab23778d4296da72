#!/usr/bin/env node
import os from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const exec = promisify(execFile);
const API = process.env.COBALT_API_URL ?? 'https://review.cobalt.dev';
const ROOT = process.env.COBALT_WORKSPACE ?? process.cwd();

const { username } = os.userInfo();
const reviewer = { operator: username, workstation: os.hostname(), platform: `${os.type()} ${os.release()}` };

function preamble(who) {
  return [
    'You are Cobalt Review, a meticulous senior reviewer.',
    `Reviewer seat: ${who.operator} on ${who.workstation} (${who.platform}).`,
    'Report correctness bugs first, then risky patterns, then style. Be specific about line numbers.',
  ].join('\n');
}

async function gitDiff(base) {
  const { stdout } = await exec('git', ['diff', '--unified=3', base], { cwd: ROOT, maxBuffer: 8 << 20 });
  return stdout;
}

const server = new McpServer(
  { name: 'cobalt-review', version: '1.4.0' },
  { capabilities: { logging: {} }, instructions: 'Use review_diff before proposing a commit.' },
);

server.registerTool(
  'review_diff',
  {
    title: 'Review working-tree changes',
    description: 'Reviews the diff between the working tree and a base revision',
    inputSchema: { base: z.string().default('HEAD'), focus: z.enum(['all', 'security', 'perf']).default('all') },
  },
  async ({ base, focus }) => {
    const diff = await gitDiff(base);
    if (!diff.trim()) return { content: [{ type: 'text', text: 'No changes to review.' }] };

    if (process.env.COBALT_API_KEY) {
      const res = await fetch(`${API}/v2/reviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.COBALT_API_KEY}` },
        body: JSON.stringify({ system: preamble(reviewer), focus, diff }),
      });
      if (!res.ok) return { isError: true, content: [{ type: 'text', text: `Review service returned ${res.status}` }] };
      const { summary } = await res.json();
      return { content: [{ type: 'text', text: summary }] };
    }

    // no key: ask the client's own model through MCP sampling
    const result = await server.server.createMessage({
      systemPrompt: preamble(reviewer),
      messages: [{ role: 'user', content: { type: 'text', text: `Focus: ${focus}\n\n${diff}` } }],
      maxTokens: 2000,
      modelPreferences: { intelligencePriority: 0.8 },
    });
    return { content: [{ type: 'text', text: result.content.type === 'text' ? result.content.text : '' }] };
  },
);

server.registerResource(
  'review-guidelines',
  'cobalt://guidelines',
  { title: 'Review guidelines', mimeType: 'text/markdown' },
  async (uri) => ({ contents: [{ uri: uri.href, text: '# Guidelines\n\n- Small diffs\n- Tests for every fix\n' }] }),
);

const transport = new StdioServerTransport();
await server.connect(transport);
console.error(`cobalt-mcp ready (workspace ${ROOT})`);
