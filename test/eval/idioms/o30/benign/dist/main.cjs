'use strict';

var electron = require('electron');
var path = require('node:path');
var fs = require('node:fs');

function _interopDefault (e) { return e && e.__esModule ? e : { default: e }; }

var path__default = /*#__PURE__*/_interopDefault(path);
var fs__default = /*#__PURE__*/_interopDefault(fs);

// src/main/strings.ts
const STRINGS = {
  en: { ready: 'Sparrow is ready', error: 'Something went wrong', quit: 'Quit Sparrow' },
  de: { ready: 'Sparrow ist bereit', error: 'Etwas ist schiefgelaufen', quit: 'Sparrow beenden' },
  fr: { ready: 'Sparrow est prêt', error: 'Une erreur est survenue', quit: 'Quitter Sparrow' },
  ja: { ready: 'Sparrow の準備ができました', error: '問題が発生しました', quit: 'Sparrow を終了' }
};
function t(key) {
  const lang = electron.app.getLocale().split('-')[0];
  return (STRINGS[lang] ?? STRINGS.en)[key];
}

// src/main/prompt.ts
let region;
function systemRegion() {
  if (region !== undefined) return region;
  try {
    const loc = new Intl.Locale(electron.app.getSystemLocale());
    region = loc.region ?? loc.maximize().region ?? '';
  } catch {
    region = '';
  }
  return region;
}
function localDate(now) {
  const tag = systemRegion() ? `en-${systemRegion()}` : 'en-US';
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
function systemPrompt(now = new Date()) {
  const a = "'";
  const date = localDate(now);
  return [
    `You${a}re Sparrow, a concise assistant running on the user${a}s desktop.`,
    `Today${a}s date is ${date}.`,
    `Answer in the user${a}s language. Use Markdown for code.`,
    `If you don${a}t know something, say so.`
  ].join('\n');
}

// src/main/api.ts
const KEY_FILE = () => path__default.default.join(electron.app.getPath('userData'), 'key.bin');
function apiKey() {
  try {
    return electron.safeStorage.decryptString(fs__default.default.readFileSync(KEY_FILE()));
  } catch {
    return '';
  }
}
async function chat(history) {
  const res = await electron.net.fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey(), 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 2048, system: systemPrompt(), messages: history })
  });
  if (!res.ok) throw new Error(`${res.status}`);
  const data = await res.json();
  return data.content.filter((b) => b.type === 'text').map((b) => b.text).join('');
}

// src/main/index.ts
let tray = null;
let panel = null;
function createPanel() {
  panel = new electron.BrowserWindow({
    width: 420, height: 560, show: false, frame: false, resizable: false, skipTaskbar: true,
    webPreferences: { preload: path__default.default.join(__dirname, 'preload.cjs'), contextIsolation: true, sandbox: true }
  });
  panel.loadFile(path__default.default.join(__dirname, 'panel.html'));
  panel.on('blur', () => panel.hide());
}
function toggle() {
  if (!panel) return;
  if (panel.isVisible()) return panel.hide();
  const b = tray.getBounds();
  panel.setPosition(Math.round(b.x + b.width / 2 - 210), Math.round(b.y + b.height + 4));
  panel.show();
}
electron.ipcMain.handle('chat:send', async (_e, history) => {
  try {
    return { ok: true, text: await chat(history) };
  } catch (err) {
    return { ok: false, message: `${t('error')} (${err.message})` };
  }
});
electron.ipcMain.handle('key:set', (_e, key) => {
  fs__default.default.writeFileSync(KEY_FILE(), electron.safeStorage.encryptString(String(key)));
  return true;
});
electron.app.whenReady().then(() => {
  if (process.platform === 'darwin') electron.app.dock.hide();
  tray = new electron.Tray(path__default.default.join(__dirname, 'trayTemplate.png'));
  tray.setToolTip(t('ready'));
  tray.setContextMenu(electron.Menu.buildFromTemplate([{ label: t('quit'), click: () => electron.app.quit() }]));
  tray.on('click', toggle);
  electron.globalShortcut.register('CommandOrControl+Shift+Space', toggle);
  createPanel();
});
electron.app.on('will-quit', () => electron.globalShortcut.unregisterAll());
