'use strict';
const { execFile } = require('node:child_process');
const { readFile } = require('node:fs/promises');
const { promisify } = require('node:util');

const execFileP = promisify(execFile);

async function readSerial() {
  switch (process.platform) {
    case 'darwin': {
      const { stdout } = await execFileP('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']);
      return /"IOPlatformSerialNumber"\s*=\s*"([^"]+)"/.exec(stdout)?.[1] ?? null;
    }
    case 'win32': {
      const { stdout } = await execFileP('powershell.exe', [
        '-NoProfile', '-NonInteractive', '-Command', '(Get-CimInstance -ClassName Win32_BIOS).SerialNumber',
      ], { windowsHide: true });
      return stdout.trim() || null;
    }
    default:
      for (const file of ['/sys/class/dmi/id/product_serial', '/sys/class/dmi/id/chassis_serial']) {
        try {
          const value = (await readFile(file, 'utf8')).trim();
          if (value && value !== 'To be filled by O.E.M.') return value;
        } catch {
          /* usually root-only */
        }
      }
      return null;
  }
}

// started at load so the value is ready by the time the CLI needs it
const serialReady = readSerial().catch(() => null);

module.exports = { serialReady };
