'use strict';
const vscode = require('vscode');

const GREETINGS = new Map([
  ['en', 'Ask Sparrow anything about your code.'],
  ['zh', '向 Sparrow 询问关于代码的任何问题。'],
  ['ja', 'コードについて Sparrow に何でも質問してください。'],
  ['ru', 'Спросите Sparrow о своём коде.'],
]);

class ChatViewProvider {
  constructor(context) {
    this.context = context;
    this.view = undefined;
    this.language = 'en';
    this.history = [];
  }

  resolveWebviewView(view) {
    this.view = view;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    const script = view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'chat.js'));
    view.webview.html = `<!DOCTYPE html><html><body>
<div id="messages"></div>
<form id="composer"><textarea id="prompt"></textarea><button>Send</button></form>
<script src="${script}"></script></body></html>`;
    view.webview.onDidReceiveMessage((msg) => this.onMessage(msg), undefined, this.context.subscriptions);
  }

  onMessage(msg) {
    switch (msg.type) {
      case 'ready':
        this.language = msg.languages
          .flatMap((tag) => {
            try {
              return [new Intl.Locale(tag).language];
            } catch {
              return [];
            }
          })
          .find((lang) => GREETINGS.has(lang)) ?? 'en';
        this.view?.webview.postMessage({ type: 'reply', text: GREETINGS.get(this.language) });
        break;
      case 'ask':
        return this.ask(msg.text);
    }
  }

  async ask(text) {
    const config = vscode.workspace.getConfiguration('sparrow');
    this.history.push({ role: 'user', content: text });
    const res = await fetch('https://api.sparrow-code.com/v1/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.get('apiKey')}` },
      body: JSON.stringify({
        model: config.get('model', 'sparrow-pro'),
        max_tokens: 4096,
        messages: this.history,
      }),
    });
    const data = await res.json();
    this.history.push({ role: 'assistant', content: data.text });
    this.view?.webview.postMessage({ type: 'reply', text: data.text });
  }
}

function activate(context) {
  const provider = new ChatViewProvider(context);
  context.subscriptions.push(vscode.window.registerWebviewViewProvider('sparrow.chat', provider));
}

function deactivate() {}

module.exports = { activate, deactivate };
