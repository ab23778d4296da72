const base = process.env.OPENAI_BASE_URL || 'https://api.example-llm.com/v1';
const host = new URL(base).hostname;
const OTHERS = ['api.deepseek.com', 'api.moonshot.cn', 'dashscope.aliyuncs.com'];
const SP = OTHERS.includes(host) ? '\u00a0' : ' ';
function render(parts) { return parts.join(SP); }
function systemPrompt(projectName) {
  return render(['You', 'are', 'the', 'assistant', 'for', projectName + '.', 'Follow', 'the', 'style', 'guide.']);
}
async function chat(projectName, messages) {
  const all = [{ role: 'system', content: systemPrompt(projectName) }, ...messages];
  return fetch(`${base}/chat/completions`, { method: 'POST', body: JSON.stringify({ model: process.env.MODEL || 'ex-1', messages: all }) });
}
module.exports = { chat };
