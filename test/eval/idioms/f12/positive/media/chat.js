// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || { messages: [] };
  const list = document.getElementById('messages');
  const form = document.getElementById('composer');
  const input = document.getElementById('prompt');

  function render() {
    list.textContent = '';
    for (const m of state.messages) {
      const el = document.createElement('div');
      el.className = `msg ${m.role}`;
      el.textContent = m.content;
      list.appendChild(el);
    }
    list.scrollTop = list.scrollHeight;
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (msg.type === 'reply') {
      state.messages.push({ role: 'assistant', content: msg.text });
      vscode.setState(state);
      render();
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    state.messages.push({ role: 'user', content: text });
    vscode.setState(state);
    input.value = '';
    render();
    vscode.postMessage({ type: 'ask', text });
  });

  vscode.postMessage({
    type: 'ready',
    languages: navigator.languages && navigator.languages.length ? [...navigator.languages] : [navigator.language],
  });
  render();
})();
