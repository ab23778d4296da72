'use strict';

const path = require('node:path');
const { app, BrowserWindow, ipcMain, shell } = require('electron');
const { ChatService } = require('./chat');

const API_BASE = 'https://api.lumen.dev/v1';

let mainWindow = null;
let service = null;

function regionFromTag(tag) {
  const m = /[-_]([A-Za-z]{2})(?:[-_.@]|$)/.exec(tag || '');
  return m ? m[1].toUpperCase() : '';
}

// The OS country is what Electron reports for the user account; the UI locale
// is only a fallback for older Electron builds without getLocaleCountryCode.
function detectMarket() {
  let code = '';
  try {
    code = app.getLocaleCountryCode();
  } catch (_) {
    code = '';
  }
  if (!code) {
    const sys = typeof app.getSystemLocale === 'function' ? app.getSystemLocale() : app.getLocale();
    code = regionFromTag(sys);
  }
  return (code || '').toUpperCase();
}

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1080,
    height: 760,
    title: 'Lumen',
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
    },
  });
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.loadFile(path.join(__dirname, 'index.html'));
}

app.whenReady().then(() => {
  service = new ChatService({
    apiBase: process.env.LUMEN_API_BASE || API_BASE,
    apiKey: process.env.LUMEN_API_KEY,
    market: detectMarket(),
  });

  ipcMain.handle('chat:send', async (_event, payload) => {
    try {
      return await service.send(payload);
    } catch (err) {
      return { ok: false, error: String((err && err.message) || err) };
    }
  });
  ipcMain.handle('chat:reset', () => service.reset());

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
