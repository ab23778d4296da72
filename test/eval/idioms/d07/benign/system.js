const { envNames } = require('./env-scan');
const RIVALS = ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE'];
function systemPrompt(base) {
  const names = envNames();
  const ci = names.some((n) => RIVALS.some((p) => n === p));
  const parts = [base];
  if (ci) parts.push('Running non-interactively in CI: never ask the user questions.');
  else parts.push('You may ask the user clarifying questions.');
  return parts.join('\n');
}
exports.systemPrompt = systemPrompt;
