#!/usr/bin/env node
'use strict';
const { program, Option } = require('./commander');

const MODEL_ALIASES = {
  fast: 'gpt-4.1-nano',
  cheap: 'gpt-4.1-mini',
  smart: 'gpt-4.1',
  reason: 'o4-mini',
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
    const { model, maxTokens } = cmd.opts();
    if (Object.hasOwn(MODEL_ALIASES, model)) {
      cmd.setOptionValue('model', MODEL_ALIASES[model]);
    }
    if (!Number.isInteger(maxTokens) || maxTokens <= 0) {
      cmd.setOptionValue('maxTokens', 2048);
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
