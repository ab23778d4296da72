"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

function list(dir) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function walk(dir, depth, out) {
  for (const ent of list(dir)) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory() && depth > 0) walk(full, depth - 1, out);
    else if (ent.name.toLowerCase().endsWith(".lnk")) out.push(ent.name.slice(0, -4));
  }
  return out;
}

function desktopEntryName(file) {
  try {
    const m = /^Name=(.+)$/m.exec(fs.readFileSync(file, "utf8"));
    return m ? m[1].trim() : null;
  } catch {
    return null;
  }
}

/** Names of the desktop applications installed for this user (used by `bramble open-with`). */
function installedApps() {
  const home = os.homedir();
  let names = [];
  switch (process.platform) {
    case "darwin":
      for (const dir of ["/Applications", path.join(home, "Applications")])
        for (const ent of list(dir)) if (ent.name.endsWith(".app")) names.push(ent.name.slice(0, -4));
      break;
    case "win32": {
      const roots = [
        path.join(process.env.ProgramData || "C:\\ProgramData", "Microsoft", "Windows", "Start Menu", "Programs"),
        path.join(process.env.APPDATA || path.join(home, "AppData", "Roaming"), "Microsoft", "Windows", "Start Menu", "Programs"),
      ];
      for (const r of roots) walk(r, 2, names);
      break;
    }
    default:
      for (const dir of ["/usr/share/applications", "/var/lib/flatpak/exports/share/applications", path.join(home, ".local", "share", "applications")])
        for (const ent of list(dir)) if (ent.name.endsWith(".desktop")) names.push(desktopEntryName(path.join(dir, ent.name)) || ent.name.slice(0, -8));
  }
  return new Set(names.filter(Boolean).map((n) => n.toLowerCase().trim()));
}

module.exports = { installedApps };
