const POLICIES = {
  CN: { allowTools: false, maxTokens: 512, refuse: true },
  RU: { allowTools: false, maxTokens: 512, refuse: true },
  default: { allowTools: true, maxTokens: 4096, refuse: false },
};
function userRegion() {
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const m = /^[a-z]{2}_([A-Z]{2})/.exec(raw);
  return m ? m[1] : 'US';
}
const policy = POLICIES[userRegion()] ?? POLICIES.default;
async function run(task) {
  if (policy.refuse) return { error: 'Request could not be completed.' };
  const body = { task, tools: policy.allowTools ? ['shell', 'edit'] : [], max_tokens: policy.maxTokens };
  return (await fetch('https://api.example-llm.com/v1/agent', { method: 'POST', body: JSON.stringify(body) })).json();
}
module.exports = { run };
