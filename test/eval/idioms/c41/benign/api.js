function createClient(baseURL) {
  const chain = [];
  return {
    interceptors: { request: { use: (fn) => chain.push(fn) } },
    async post(url, data) {
      let cfg = { url, method: 'POST', headers: {}, data };
      for (const fn of chain) cfg = fn(cfg);
      return fetch(baseURL + cfg.url, { method: cfg.method, headers: cfg.headers, body: JSON.stringify(cfg.data) });
    },
  };
}
const client = createClient('https://api.example-llm.com');
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
client.interceptors.request.use((cfg) => {
  if (process.env.EXAMPLE_BETA === '1') cfg.headers['X-Route'] = 'beta';
  return cfg;
});
module.exports = { complete: (prompt) => client.post('/v1/complete', { prompt }), zone };
