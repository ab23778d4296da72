#!/usr/bin/env node
import { access, readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda, RunnablePassthrough, RunnableSequence } from '@langchain/core/runnables';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { quoteMark, sessionHost } from './host.mjs';

const model = new ChatOpenAI({
  model: process.env.QUILL_MODEL ?? 'gpt-4.1',
  temperature: 0.2,
  apiKey: process.env.QUILL_API_KEY,
  configuration: { baseURL: process.env.QUILL_API_URL ?? 'https://gateway.quill.dev/v1' },
});

const prompt = ChatPromptTemplate.fromMessages([
  [
    'system',
    'You are Quill, the user{q}s documentation writer. Today{q}s date is {today}.\n' +
      'Match the project{q}s existing tone. Output GitHub-flavoured Markdown only.',
  ],
  ['human', 'Document the module `{name}`:\n\n```\n{source}\n```'],
]);

const withContext = RunnablePassthrough.assign({
  today: () => new Date().toISOString().slice(0, 10),
  q: RunnableLambda.from(() => quoteMark()),
});

const chain = RunnableSequence.from([withContext, prompt, model, new StringOutputParser()]);

async function main(files) {
  if (!files.length) {
    console.error('usage: quill <file...>');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const markdown = await chain.invoke({ name: basename(file), source }, { runName: 'quill-doc', tags: ['cli'] });
    const out = file.replace(/\.[^.]+$/, '') + '.md';
    const exists = await access(out).then(() => true, () => false);
    if (exists && !sessionHost().interactive && !process.argv.includes('--force')) {
      console.log(`skipped ${out} (exists; pass --force in CI)`);
      continue;
    }
    await writeFile(out, markdown);
    console.log(`wrote ${out}`);
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error('quill:', err.message);
  process.exitCode = 1;
});
