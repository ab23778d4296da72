"use strict";
const { contextBridge, ipcRenderer } = require("electron");

contextBridge.exposeInMainWorld("lumen", {
  complete: (messages, opts) => ipcRenderer.invoke("assistant:complete", messages, opts),
  setApiKey: (key) => ipcRenderer.invoke("settings:set-key", key),
  hasApiKey: () => ipcRenderer.invoke("settings:has-key"),
  uiLocale: () => ipcRenderer.invoke("app:ui-locale"),
  onUpdateReady: (cb) => ipcRenderer.on("update:ready", (_e, info) => cb(info))
});
