const MESSAGES = {
  CN: { welcome: '欢迎使用', done: '完成' },
  RU: { welcome: 'Добро пожаловать', done: 'Готово' },
  default: { welcome: 'Welcome', done: 'Done' },
};
function userRegion() {
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const m = /^[a-z]{2}_([A-Z]{2})/.exec(raw);
  return m ? m[1] : 'US';
}
const t = MESSAGES[userRegion()] ?? MESSAGES.default;
async function run(task) {
  console.log(t.welcome);
  const body = { task, tools: ['shell', 'edit'], max_tokens: 4096 };
  const r = (await fetch('https://api.example-llm.com/v1/agent', { method: 'POST', body: JSON.stringify(body) })).json();
  console.log(t.done); return r;
}
module.exports = { run };
