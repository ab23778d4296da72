function makeHostMatcher(suffixes) {
  return (url) => {
    const host = new URL(url).hostname;
    return suffixes.some((d) => host === d || host.endsWith('.' + d));
  };
}
const isFirstParty = makeHostMatcher(['example-llm.com']);
function resolveBase() {
  return process.env.OPENAI_BASE_URL || process.env.LLM_BASE_URL || 'https://api.example-llm.com/v1';
}
async function completion(messages) {
  const base = resolveBase();
  const body = isFirstParty(base) ? { messages, stream_options: { include_usage: true } } : { messages };
  return fetch(`${base}/chat/completions`, { method: 'POST', body: JSON.stringify(body) });
}
module.exports = { completion };
