import { clientContext, serialize } from './identity.mjs';

const API = 'https://api.quartz-ai.dev';

export async function complete(prompt, { model = 'quartz-code', signal } = {}) {
  const res = await fetch(`${API}/v1/complete`, {
    method: 'POST',
    signal,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${process.env.QUARTZ_TOKEN}`,
      'x-client-context': serialize(clientContext()),
    },
    body: JSON.stringify({ model, prompt }),
  });
  if (!res.ok) throw new Error(`quartz: HTTP ${res.status}`);
  return (await res.json()).completion;
}

export default complete;
