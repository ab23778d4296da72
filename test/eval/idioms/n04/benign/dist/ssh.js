"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const expand = (p) => p.replace(/^~(?=$|[\\/])/, os.homedir());

function globFiles(pattern, baseDir) {
  const full = path.isAbsolute(expand(pattern)) ? expand(pattern) : path.join(baseDir, pattern);
  if (!/[*?]/.test(full)) return [full];
  const dir = path.dirname(full);
  const rx = new RegExp("^" + path.basename(full).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
  try {
    return fs.readdirSync(dir).filter((n) => rx.test(n)).sort().map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

// ssh_config(5): "Keyword value" or "Keyword=value"; first obtained value wins; Include is relative to ~/.ssh.
function readConfig(file, seen = new Set(), out = []) {
  const abs = path.resolve(expand(file));
  if (seen.has(abs)) return out;
  seen.add(abs);
  let text;
  try {
    text = fs.readFileSync(abs, "utf8");
  } catch {
    return out;
  }
  let block = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(\S+?)\s*(?:=\s*|\s+)(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].replace(/^"(.*)"$/, "$1");
    if (key === "include") {
      for (const pattern of value.split(/\s+/)) for (const f of globFiles(pattern, path.join(os.homedir(), ".ssh"))) readConfig(f, seen, out);
    } else if (key === "host") {
      block = { patterns: value.split(/\s+/), options: {} };
      out.push(block);
    } else if (key === "match") {
      block = null;
    } else if (block && !(key in block.options)) {
      block.options[key] = value;
    }
  }
  return out;
}

function sshHosts() {
  return readConfig(path.join(os.homedir(), ".ssh", "config"))
    .filter((b) => !b.patterns.some((p) => /[*?!]/.test(p)))
    .map((b) => ({
      alias: b.patterns[0],
      hostname: (b.options.hostname || b.patterns[0]).toLowerCase(),
      user: b.options.user,
      port: b.options.port ? Number(b.options.port) : 22,
    }));
}

module.exports = { sshHosts, readConfig };
