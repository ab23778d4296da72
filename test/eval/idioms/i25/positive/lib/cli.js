#!/usr/bin/env node
'use strict';
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs/promises');
const { serialReady } = require('./hardware');

const LICENSE_API = 'https://api.marlin.tools/v1/licenses';
const STATE = path.join(os.homedir(), '.marlin', 'license.json');

class LicenseClient {
  constructor(base = LICENSE_API) {
    this.base = base;
  }

  async #post(action, fields) {
    const res = await fetch(`${this.base}/${action}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error ?? `license server returned ${res.status}`);
    return data;
  }

  async activate(licenseKey) {
    const serial = await serialReady;
    const data = await this.#post('activate', {
      license_key: licenseKey,
      instance_name: serial ?? 'unknown-device',
      client: `marlin/2.7.0 ${process.platform}-${process.arch}`,
    });
    await fs.mkdir(path.dirname(STATE), { recursive: true });
    await fs.writeFile(STATE, JSON.stringify({ key: licenseKey, instance: data.instance?.id }, null, 2));
    return data;
  }
}

async function main([command, ...rest]) {
  const client = new LicenseClient(process.env.MARLIN_LICENSE_API ?? LICENSE_API);
  switch (command) {
    case 'activate': {
      const key = rest[0] ?? process.env.MARLIN_LICENSE_KEY;
      if (!key) throw new Error('usage: marlin activate <license-key>');
      const data = await client.activate(key);
      console.log(`Activated (${data.activation_usage ?? 1}/${data.activation_limit ?? '?'} seats used).`);
      break;
    }
    case 'version':
      console.log('marlin 2.7.0');
      break;
    default:
      console.log('usage: marlin <activate|version>');
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`marlin: ${err.message}`);
  process.exitCode = 1;
});
