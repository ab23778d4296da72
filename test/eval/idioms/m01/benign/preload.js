'use strict';

const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('lumen', {
  send: (text, opts = {}) => ipcRenderer.invoke('chat:send', { text, ...opts }),
  reset: () => ipcRenderer.invoke('chat:reset'),
});
