/*
 * Preloaded (`node --require trap.js`) into a Candor process and its workers by the offline test:
 * every way to reach the network, start a process, load native code or compile code at run time
 * is replaced by a function that records the call in $CANDOR_TRAP_LOG and throws. Only Candor's own
 * worker script may start a worker, and it starts with this trap too.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const LOG = process.env.CANDOR_TRAP_LOG || path.join(require('os').tmpdir(), 'candor-trap.log');

function trip(name) {
  fs.appendFileSync(LOG, `${name}\n${String(new Error().stack).split('\n').slice(2, 8).join('\n')}\n`);
  throw new Error(`candor-trap: ${name}`);
}
function trap(mod, label, names) {
  for (const n of names) if (typeof mod[n] === 'function') mod[n] = function trapped() { trip(`${label}.${n}`); };
}

trap(require('http'), 'http', ['request', 'get', 'createServer']);
trap(require('https'), 'https', ['request', 'get', 'createServer']);
trap(require('http2'), 'http2', ['connect', 'createServer', 'createSecureServer']);
const net = require('net');
trap(net, 'net', ['connect', 'createConnection', 'createServer']);
net.Socket.prototype.connect = function trapped() { trip('net.Socket.connect'); };
trap(require('tls'), 'tls', ['connect', 'createServer']);
const dns = require('dns');
trap(dns, 'dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'reverse']);
trap(dns.promises, 'dns.promises', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'reverse']);
trap(require('dgram'), 'dgram', ['createSocket']);
trap(require('child_process'), 'child_process', ['spawn', 'exec', 'execFile', 'fork', 'spawnSync', 'execSync', 'execFileSync']);
const vm = require('vm');
trap(vm, 'vm', ['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction', 'createContext']);
vm.Script = function trapped() { trip('vm.Script'); };
for (const g of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) if (g in globalThis) globalThis[g] = function trapped() { trip(g); };
process.dlopen = function trapped() { trip('process.dlopen'); };
require('module')._extensions['.node'] = function trapped() { trip('require(.node)'); };

const wt = require('worker_threads');
const Worker = wt.Worker;
wt.Worker = class TrappedWorker extends Worker {
  constructor(file, options = {}) {
    const f = String(file);
    // Candor's own worker script: dist/worker.js when built, out/src/host/worker.js when compiled for tests.
    if (!/[\\/](dist[\\/]worker|out[\\/]src[\\/]host[\\/]worker)\.js$/.test(f)) trip(`Worker ${f}`);
    const base = options.execArgv || process.execArgv;
    super(file, { ...options, execArgv: base.includes(__filename) ? base : [...base, '--require', __filename] });
  }
};
