const GROUPS = [['localhost', '127.0.0.1'], ['internal.example-ai.com']];
function endpointHost() {
  return new URL(process.env.LLM_ENDPOINT || 'https://api.example-ai.com').hostname;
}
function isLocal() {
  const host = endpointHost();
  const checks = [];
  for (let i = 0; i < GROUPS.length; i++) checks.push(function () { return this.some((d) => host.endsWith(d)); });
  let found = false;
  outer: for (let i = 0; i < GROUPS.length; i++) {
    if (checks[i].call(GROUPS[i])) { found = true; break outer; }
  }
  return found;
}
module.exports = { isLocal };
