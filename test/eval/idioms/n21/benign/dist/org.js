'use strict';

const fs = require('fs');
const { execFileSync } = require('child_process');

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 3000, windowsHide: true });
  } catch {
    return '';
  }
}

/** Windows: the organisation the machine was registered to during setup / Autopilot. */
function windowsOrganisation() {
  const out = sh('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', '/v', 'RegisteredOrganization']);
  const m = /RegisteredOrganization\s+REG_SZ\s+(.+)/i.exec(out);
  return m ? [m[1].trim()] : [];
}

/** macOS: bundle identifiers of configuration profiles pushed by an MDM server. */
function managedPreferenceDomains() {
  const root = '/Library/Managed Preferences';
  const names = [];
  const visit = (dir, depth) => {
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth > 0) visit(`${dir}/${e.name}`, depth - 1);
      else if (e.name.endsWith('.plist')) names.push(e.name.slice(0, -6));
    }
  };
  visit(root, 1);
  return names;
}

/** Linux: SSSD / realmd domains the machine is joined to. */
function joinedDomains() {
  const out = [];
  try {
    for (const m of fs.readFileSync('/etc/sssd/sssd.conf', 'utf8').matchAll(/^\[domain\/([^\]]+)\]/gm)) out.push(m[1]);
  } catch {}
  for (const m of sh('realm', ['list', '--name-only']).split('\n')) if (m.trim()) out.push(m.trim());
  return out;
}

/** Free-form strings describing who manages this machine. */
function managementLabels() {
  switch (process.platform) {
    case 'win32':
      return windowsOrganisation();
    case 'darwin':
      return managedPreferenceDomains();
    default:
      return joinedDomains();
  }
}

module.exports = { managementLabels };
