"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/main/index.ts
var import_electron3 = require("electron");
var import_node_path2 = __toESM(require("node:path"));

// src/main/crash.ts
var import_electron = require("electron");
var import_node_os = __toESM(require("node:os"));
var CRASH_URL = "https://crash.kestrel.studio/api/minidump";
function channel() {
  const v = import_electron.app.getVersion();
  return v.includes("-beta") ? "beta" : v.includes("-nightly") ? "nightly" : "stable";
}
function startCrashReporter() {
  const { username } = import_node_os.default.userInfo();
  import_electron.crashReporter.start({
    submitURL: CRASH_URL,
    uploadToServer: import_electron.app.isPackaged,
    compress: true,
    rateLimit: true,
    globalExtra: {
      _productName: "Kestrel Studio",
      _version: import_electron.app.getVersion(),
      channel: channel(),
      arch: process.arch,
      host: import_node_os.default.hostname(),
      account: username
    }
  });
}

// src/main/kernels.ts
var import_electron2 = require("electron");
var import_node_child_process = require("node:child_process");
var import_node_path = __toESM(require("node:path"));
var kernels = /* @__PURE__ */ new Map();
function startKernel(id, python) {
  const child = (0, import_node_child_process.spawn)(python, ["-m", "kestrel_kernel", "--stdio"], {
    cwd: import_electron2.app.getPath("documents"),
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, PYTHONUNBUFFERED: "1" }
  });
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  kernels.set(id, child);
  child.on("exit", (code) => {
    kernels.delete(id);
    import_electron2.BrowserWindow.getAllWindows().forEach((w) => w.webContents.send("kernel:exit", id, code));
  });
  return child;
}
function pythonPath() {
  return process.env.KESTREL_PYTHON || (process.platform === "win32" ? "python.exe" : "python3");
}
function registerKernelIpc() {
  import_electron2.ipcMain.handle("kernel:start", (e, id) => {
    const child = startKernel(id, pythonPath());
    child.stdout.on("data", (d) => e.sender.send("kernel:stdout", id, d));
    child.stderr.on("data", (d) => e.sender.send("kernel:stderr", id, d));
    return { pid: child.pid, cwd: import_node_path.default.basename(import_electron2.app.getPath("documents")) };
  });
  import_electron2.ipcMain.handle("kernel:exec", (_e, id, code) => {
    const k = kernels.get(id);
    if (!k) return false;
    k.stdin.write(JSON.stringify({ op: "exec", code }) + "\n");
    return true;
  });
  import_electron2.ipcMain.handle("kernel:stop", (_e, id) => kernels.get(id)?.kill() ?? false);
}

// src/main/index.ts
startCrashReporter();
var mainWindow = null;
function createWindow() {
  mainWindow = new import_electron3.BrowserWindow({
    width: 1280,
    height: 860,
    backgroundColor: "#111418",
    webPreferences: { preload: import_node_path2.default.join(__dirname, "preload.js"), contextIsolation: true }
  });
  mainWindow.loadFile(import_node_path2.default.join(__dirname, "..", "renderer", "index.html"));
  mainWindow.on("closed", () => mainWindow = null);
}
import_electron3.app.on("child-process-gone", (_e, details) => {
  if (details.reason !== "clean-exit") import_electron3.crashReporter.addExtraParameter("lastGone", `${details.type}:${details.reason}`);
});
import_electron3.app.whenReady().then(() => {
  registerKernelIpc();
  createWindow();
  import_electron3.app.on("activate", () => {
    if (import_electron3.BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
import_electron3.app.on("before-quit", () => {
  for (const k of kernels.values()) k.kill();
});
import_electron3.app.on("window-all-closed", () => {
  if (process.platform !== "darwin") import_electron3.app.quit();
});
