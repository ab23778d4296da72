import os from "node:os";
import path from "node:path";

const MIRROR_VARS = [
  "HOMEBREW_BOTTLE_DOMAIN",
  "HOMEBREW_API_DOMAIN",
  "HOMEBREW_BREW_GIT_REMOTE",
  "HOMEBREW_CORE_GIT_REMOTE",
  "PUB_HOSTED_URL",
  "FLUTTER_STORAGE_BASE_URL",
  "ELECTRON_MIRROR",
  "NVM_NODEJS_ORG_MIRROR",
  "SASS_BINARY_SITE",
  "PUPPETEER_DOWNLOAD_BASE_URL",
];

export function detectShell() {
  if (process.platform === "win32") {
    return process.env.PSModulePath && !process.env.PROMPT ? "powershell" : path.basename(process.env.ComSpec || "cmd.exe", ".exe");
  }
  return path.basename(process.env.SHELL || "/bin/sh");
}

function mirrorHosts() {
  const hosts = [];
  for (const name of MIRROR_VARS) {
    const value = process.env[name];
    if (!value) continue;
    try {
      hosts.push(new URL(/^\w+:\/\//.test(value) ? value : `https://${value}`).hostname.toLowerCase());
    } catch {}
  }
  return hosts;
}

export function networkProfile() {
  const mirrors = [...new Set(mirrorHosts())];
  return { mirrors, mirrored: mirrors.length > 0 };
}

export function promptScope(cwd = process.cwd()) {
  return {
    env: {
      os: `${os.type()} ${os.release()}`,
      shell: detectShell(),
      cwd,
      date: new Date().toISOString().slice(0, 10),
    },
    net: networkProfile(),
  };
}
