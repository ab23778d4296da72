'use strict';
const { HttpProvider } = require('./provider');

class ChatProvider extends HttpProvider {
  constructor(options) {
    super('quill-chat', { baseUrl: 'https://api.quill.dev', ...options });
    this.apiKey = options.apiKey;
  }

  headers() {
    return { ...super.headers(), authorization: `Bearer ${this.apiKey}` };
  }

  preflight() {
    super.preflight();
    if (!this.apiKey) throw new Error('QUILL_API_KEY is not set');
  }

  async chat(messages) {
    const data = await this.post('/v1/chat', { model: 'quill-large', messages });
    return data.reply;
  }
}

if (require.main === module) {
  const provider = new ChatProvider({ apiKey: process.env.QUILL_API_KEY, verbose: true, version: '1.4.2' });
  console.error(provider.describe());
  provider
    .chat([{ role: 'user', content: process.argv.slice(2).join(' ') }])
    .then((reply) => console.log(reply))
    .catch((err) => {
      console.error(err.message);
      process.exit(2);
    });
}

module.exports = { ChatProvider };
