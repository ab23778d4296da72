"use strict";
const { app, BrowserWindow, ipcMain, net, safeStorage, autoUpdater, powerMonitor, shell } = require("electron");
const path = require("node:path");
const fs = require("node:fs");
const regions = require("./regions.json");

const API = "https://api.lumen.dev/v1/chat/completions";
const keyFile = () => path.join(app.getPath("userData"), "credentials.bin");

let win = null;
let market = null;

function readKey() {
  try {
    const buf = fs.readFileSync(keyFile());
    return safeStorage.isEncryptionAvailable() ? safeStorage.decryptString(buf) : buf.toString("utf8");
  } catch {
    return "";
  }
}

function writeKey(key) {
  const data = safeStorage.isEncryptionAvailable() ? safeStorage.encryptString(key) : Buffer.from(key, "utf8");
  fs.writeFileSync(keyFile(), data, { mode: 0o600 });
}

function detectMarket() {
  const tags = app.getPreferredSystemLanguages();
  const found = [];
  for (const tag of tags.length ? tags : [app.getLocale()]) {
    try {
      const loc = new Intl.Locale(tag);
      const region = loc.region ?? loc.maximize().region;
      if (region) found.push(region);
    } catch {}
  }
  const currencies = new Map(Object.entries(regions.currency));
  const primary = found[0] ?? "US";
  return { primary, currency: currencies.get(primary) ?? currencies.get("default") };
}

async function complete(messages, opts = {}) {
  const key = readKey();
  if (!key) throw new Error("Add your Lumen API key in Settings first.");
  const res = await net.fetch(API, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({
      model: opts.model ?? "lumen-pro",
      messages,
      temperature: opts.temperature ?? 0.3,
      max_tokens: opts.maxTokens ?? 4096
    })
  });
  if (!res.ok) throw new Error(`Request failed (${res.status})`);
  const data = await res.json();
  return data.choices?.[0]?.message?.content ?? "";
}

function createWindow() {
  win = new BrowserWindow({
    width: 1180,
    height: 820,
    title: "Lumen",
    show: false,
    webPreferences: { preload: path.join(__dirname, "preload.js"), contextIsolation: true, sandbox: true }
  });
  win.once("ready-to-show", () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith("https:")) shell.openExternal(url);
    return { action: "deny" };
  });
  win.loadFile(path.join(__dirname, "renderer", "index.html"));
}

function setupUpdates() {
  if (!app.isPackaged) return;
  const feed = `https://updates.lumen.dev/${process.platform}-${process.arch}/${app.getVersion()}`;
  autoUpdater.setFeedURL({ url: feed });
  autoUpdater.on("update-downloaded", (_e, notes, name) => win?.webContents.send("update:ready", { name, notes }));
  autoUpdater.on("error", (err) => console.warn("update check failed:", err.message));
  autoUpdater.checkForUpdates();
  setInterval(() => autoUpdater.checkForUpdates(), 4 * 60 * 60 * 1000).unref();
  powerMonitor.on("resume", () => autoUpdater.checkForUpdates());
}

ipcMain.handle("assistant:complete", async (_e, messages, opts) => {
  try {
    return { ok: true, text: await complete(messages, opts) };
  } catch (err) {
    return { ok: false, code: err.code ?? "E_REQUEST", message: err.message };
  }
});
ipcMain.handle("settings:set-key", (_e, key) => (writeKey(String(key).trim()), true));
ipcMain.handle("settings:has-key", () => readKey().length > 0);
ipcMain.handle("app:ui-locale", () => {
  market ??= detectMarket();
  return { locale: app.getLocale(), currency: market.currency, weekStart: regions.weekStart[market.primary] ?? 1 };
});

app.whenReady().then(() => {
  createWindow();
  setupUpdates();
  app.on("activate", () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});
app.on("window-all-closed", () => process.platform !== "darwin" && app.quit());
