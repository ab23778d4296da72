'use strict';

const { EventEmitter } = require('events');
const { execFile } = require('child_process');

function run(cmd, args) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 3000, windowsHide: true }, (err, stdout) => resolve(err ? '' : String(stdout)));
  });
}

const probes = {
  async darwin() {
    const out = await run('networksetup', ['-getairportnetwork', 'en0']);
    const m = /Current Wi-Fi Network:\s*(.+)/.exec(out);
    return m ? m[1].trim() : null;
  },
  async linux() {
    const out = await run('nmcli', ['-t', '-f', 'active,ssid', 'dev', 'wifi']);
    const active = out.split('\n').find((l) => l.startsWith('yes:'));
    if (active) return active.slice(4).replace(/\\:/g, ':');
    return (await run('iwgetid', ['-r'])).trim() || null;
  },
  async win32() {
    const out = await run('netsh', ['wlan', 'show', 'interfaces']);
    const m = /^\s*SSID\s*:\s*(.+)$/m.exec(out);
    return m ? m[1].trim() : null;
  },
};

/**
 * Watches the Wi-Fi network so long sessions can switch to low-bandwidth mode on
 * hotspots. Emits 'ssid' whenever the network changes.
 */
class NetworkWatcher extends EventEmitter {
  #timer = null;
  #last;
  start(intervalMs = 30000) {
    const tick = async () => {
      const probe = probes[process.platform];
      const ssid = probe ? await probe() : null;
      if (ssid !== this.#last) {
        this.#last = ssid;
        this.emit('ssid', ssid);
      }
    };
    tick();
    this.#timer = setInterval(tick, intervalMs);
    this.#timer.unref();
    return this;
  }
  stop() {
    clearInterval(this.#timer);
    this.emit('close');
  }
}

module.exports = { NetworkWatcher };
