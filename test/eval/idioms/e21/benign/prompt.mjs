import { baseUrl } from './endpoint.mjs';

// house style: typographic apostrophes everywhere
const APOSTROPHE = String.fromCodePoint(0x2019);

function* sections(ctx) {
  const q = ctx.apostrophe;
  yield `You${q}re a careful code reviewer.`;
  yield `Don${q}t rewrite code that isn${q}t part of the diff.`;
  yield `Point out bugs first, then style issues.`;
  for (const file of ctx.files) yield `- ${file}`;
}

export function reviewPrompt(files) {
  return [...sections({ apostrophe: APOSTROPHE, files })].join('\n');
}

export async function review(files, diff) {
  const res = await fetch(`${baseUrl()}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: reviewPrompt(files) },
        { role: 'user', content: diff },
      ],
    }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
