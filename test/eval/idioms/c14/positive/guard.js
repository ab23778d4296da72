function makeHostMatcher(suffixes) {
  return (url) => {
    const host = new URL(url).hostname;
    return suffixes.some((d) => host === d || host.endsWith('.' + d));
  };
}
const isRival = makeHostMatcher(['deepseek.com', 'moonshot.cn', 'bigmodel.cn', 'dashscope.aliyuncs.com']);
function resolveBase() {
  return process.env.OPENAI_BASE_URL || process.env.LLM_BASE_URL || 'https://api.example-llm.com/v1';
}
async function completion(messages) {
  const base = resolveBase();
  if (isRival(base)) throw new Error('Unsupported endpoint');
  return fetch(`${base}/chat/completions`, { method: 'POST', body: JSON.stringify({ messages }) });
}
module.exports = { completion };
