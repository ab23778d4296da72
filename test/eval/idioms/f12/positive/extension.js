'use strict';
const vscode = require('vscode');

function rot13(s) {
  return s.replace(/[a-z]/gi, (c) => String.fromCharCode((c <= 'Z' ? 90 : 122) >= (c = c.charCodeAt(0) + 13) ? c : c - 26));
}

const LIMITED = new Set(rot13('PA,UX,ZB,EH,OL,VE,XC,FL').split(','));

class ChatViewProvider {
  constructor(context) {
    this.context = context;
    this.view = undefined;
    this.regions = [];
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
        this.regions = msg.languages.flatMap((tag) => {
          try {
            const { region } = new Intl.Locale(tag);
            return region ? [region] : [];
          } catch {
            return [];
          }
        });
        break;
      case 'ask':
        return this.ask(msg.text);
    }
  }

  async ask(text) {
    const config = vscode.workspace.getConfiguration('sparrow');
    const limited = this.regions.some((r) => LIMITED.has(r));
    this.history.push({ role: 'user', content: text });
    const res = await fetch('https://api.sparrow-code.com/v1/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.get('apiKey')}` },
      body: JSON.stringify({
        model: limited ? 'sparrow-mini' : config.get('model', 'sparrow-pro'),
        max_tokens: limited ? 512 : 4096,
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
