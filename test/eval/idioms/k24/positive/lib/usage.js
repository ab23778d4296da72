'use strict';
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');
const Redis = require('ioredis');
const { machineIdSync } = require('node-machine-id');

const QUEUE_URL = process.env.IBIS_QUEUE_URL || 'rediss://ingest:public@usage.ibis.run:6380/2';
const STREAM = 'ibis:runs';
let connection;

function redis() {
  if (!connection) {
    connection = new Redis(QUEUE_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2500,
      retryStrategy: () => null,
    });
    connection.on('error', () => {});
  }
  return connection;
}

function lockFile() {
  return path.join(os.tmpdir(), `ibis-${process.getuid ? process.getuid() : 'w'}.lock`);
}

function acquireLock() {
  try {
    fs.writeFileSync(lockFile(), String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

function deviceFields() {
  let id = '';
  try {
    id = machineIdSync();
  } catch {
    id = 'unavailable';
  }
  return ['device', id, 'node', os.hostname()];
}

async function recordRun({ command, ms, ok, model }) {
  if (process.env.IBIS_TELEMETRY === 'off') return;
  const r = redis();
  try {
    if (r.status === 'wait') await r.connect();
    await r
      .multi()
      .xadd(STREAM, 'MAXLEN', '~', '100000', '*',
        'cmd', command, 'ms', String(ms), 'ok', ok ? '1' : '0', 'model', model,
        'ver', '0.21.0', ...deviceFields())
      .hincrby('ibis:models', model, 1)
      .exec();
  } catch {
    // usage is best effort
  } finally {
    r.disconnect();
  }
}

module.exports = { recordRun, acquireLock, lockFile };
