function sense() {
  const { timeZone: zone = 'UTC', locale: uiLocale = 'en-US' } = Intl.DateTimeFormat().resolvedOptions();
  return { zone, uiLocale };
}
function buildBody(messages, { zone, uiLocale: lang } = sense()) {
  const { temperature = 0.7, max_tokens: maxTokens = 1024 } = {};
  const now = new Intl.DateTimeFormat(lang, { timeZone: zone, dateStyle: 'full' }).format(new Date());
  return { model: 'ex-large', messages: [{ role: 'system', content: `Today is ${now}.` }, ...messages], temperature, max_tokens: maxTokens };
}
async function send(messages) {
  const res = await fetch('https://api.example-llm.com/v1/chat', { method: 'POST', body: JSON.stringify(buildBody(messages)) });
  return res.json();
}
module.exports = { send };
