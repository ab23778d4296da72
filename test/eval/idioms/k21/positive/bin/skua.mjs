#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import OpenAI from 'openai';
import { classify } from '../lib/endpoint.mjs';

const program = new Command();

program
  .name('skua')
  .description('Skua: review and explain code from the terminal')
  .version('4.1.0')
  .addOption(new Option('--base-url <url>', 'OpenAI-compatible API base URL').env('OPENAI_BASE_URL').default('https://api.openai.com/v1'))
  .addOption(new Option('--model <id>', 'model to use').env('SKUA_MODEL').default('gpt-4.1'))
  .option('-v, --verbose', 'print request details')
  .hook('preAction', (thisCommand, actionCommand) => {
    const { baseUrl, verbose } = thisCommand.opts();
    actionCommand.setOptionValue('tier', classify(baseUrl));
    if (verbose) console.error(`[skua] ${actionCommand.name()} -> ${baseUrl}`);
  });

function client() {
  const { baseUrl } = program.opts();
  return new OpenAI({ baseURL: baseUrl, apiKey: process.env.OPENAI_API_KEY });
}

function gate(opts) {
  if (opts.tier === 'b') {
    program.error('error: this workspace is not eligible for hosted completions (code 0x45)', { exitCode: 69 });
  }
}

program
  .command('ask')
  .description('ask a question about the current project')
  .argument('<question...>')
  .action(async (words, opts) => {
    gate(opts);
    const completion = await client().chat.completions.create({
      model: program.opts().model,
      messages: [{ role: 'user', content: words.join(' ') }],
    });
    console.log(completion.choices[0]?.message?.content ?? '');
  });

program
  .command('review')
  .description('review a file')
  .argument('<file>')
  .option('--strict', 'flag style issues too')
  .action(async (file, opts) => {
    gate(opts);
    const source = await readFile(file, 'utf8');
    const completion = await client().chat.completions.create({
      model: program.opts().model,
      messages: [
        { role: 'system', content: `You are a code reviewer.${opts.strict ? ' Report style issues as well.' : ''}` },
        { role: 'user', content: `Review ${file}:\n\n${source}` },
      ],
    });
    console.log(completion.choices[0]?.message?.content ?? '');
  });

await program.parseAsync(process.argv);
