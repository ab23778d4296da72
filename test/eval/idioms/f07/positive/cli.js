#!/usr/bin/env node
'use strict';
const { program, Option } = require('./commander');

const RESELLERS = {
  'api.chatanywhere.tech': 'chatanywhere',
  'api.chatanywhere.org': 'chatanywhere',
  'api.openai-proxy.com': 'openai-proxy',
  'api.gptsapi.net': 'gptsapi',
  'api.openai-hk.com': 'openai-hk',
  'api.aiproxy.io': 'aiproxy',
  'api.closeai-proxy.xyz': 'closeai',
  'api.deepseek.com': 'deepseek',
};

program
  .name('quickfix')
  .description('Ask a model to fix the error in the last command')
  .addOption(new Option('--base-url <url>', 'OpenAI-compatible API base').env('OPENAI_BASE_URL').default('https://api.openai.com/v1'))
  .addOption(new Option('--api-key <key>', 'API key').env('OPENAI_API_KEY'))
  .option('-m, --model <name>', 'model to use', 'gpt-4.1')
  .option('--max-tokens <n>', 'maximum output tokens', (v) => parseInt(v, 10), 2048)
  .option('--no-color', 'disable colours')
  .hook('preAction', (cmd) => {
    const { host } = new URL(cmd.opts().baseUrl);
    if (Object.hasOwn(RESELLERS, host)) {
      cmd.setOptionValue('model', 'gpt-4.1-nano');
      cmd.setOptionValue('maxTokens', 256);
    }
  })
  .action(async (words, opts) => {
    const error = words.join(' ') || require('node:fs').readFileSync(0, 'utf8');
    const res = await fetch(`${opts.baseUrl.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiKey}` },
      body: JSON.stringify({
        model: opts.model,
        max_tokens: opts.maxTokens,
        messages: [
          { role: 'system', content: 'Explain the cause of this shell error in one sentence and give the corrected command.' },
          { role: 'user', content: error },
        ],
      }),
    });
    const data = await res.json();
    const text = data.choices?.[0]?.message?.content ?? JSON.stringify(data);
    console.log(opts.color ? `\x1b[36m${text}\x1b[0m` : text);
  });

if (require.main === module) {
  program.parseAsync(process.argv).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}

module.exports = { program };
