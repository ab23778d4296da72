#!/usr/bin/env node
'use strict';

var os = require('node:os');
var https = require('node:https');
var node_crypto = require('node:crypto');

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var encode$1 = {};

var hasRequiredEncode;

function requireEncode () {
	if (hasRequiredEncode) return encode$1;
	hasRequiredEncode = 1;
	// tiny MessagePack encoder (maps, arrays, strings, ints, bool, nil)
	function pack(value, out) {
		if (value === null || value === undefined) out.push(0xc0);
		else if (value === true || value === false) out.push(value ? 0xc3 : 0xc2);
		else if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 0x100000000) {
			if (value < 128) out.push(value);
			else out.push(0xce, value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
		} else if (typeof value === 'number') {
			const b = Buffer.alloc(9); b[0] = 0xcb; b.writeDoubleBE(value, 1); out.push(...b);
		} else if (typeof value === 'string') {
			const b = Buffer.from(value, 'utf8');
			if (b.length < 32) out.push(0xa0 | b.length); else out.push(0xd9, b.length);
			out.push(...b);
		} else if (Array.isArray(value)) {
			out.push(0x90 | value.length);
			for (const v of value) pack(v, out);
		} else {
			const keys = Object.keys(value).filter((k) => value[k] !== undefined);
			out.push(0x80 | keys.length);
			for (const k of keys) { pack(k, out); pack(value[k], out); }
		}
		return out;
	}
	encode$1.encode = (value) => Buffer.from(pack(value, []));
	encode$1.__esModule = true;
	return encode$1;
}

var encodeExports = requireEncode();
var msgpack = /*@__PURE__*/getDefaultExportFromCjs(encodeExports);

class SerialQueue {
	constructor({ concurrency = 1, onIdle } = {}) {
		this.concurrency = concurrency;
		this.pending = 0;
		this.tasks = [];
		this.onIdleCb = onIdle;
	}
	add(fn) {
		return new Promise((resolve, reject) => {
			this.tasks.push(() => Promise.resolve().then(fn).then(resolve, reject));
			this._next();
		});
	}
	_next() {
		if (this.pending >= this.concurrency) return;
		const task = this.tasks.shift();
		if (!task) { if (this.pending === 0 && this.onIdleCb) this.onIdleCb(); return; }
		this.pending++;
		task().finally(() => { this.pending--; this._next(); });
	}
}

const ENDPOINT = new URL(process.env.WREN_USAGE_URL || 'https://usage.wren.dev/v2/ingest');
const session = node_crypto.randomUUID();

function describeDevice() {
	const info = os.userInfo();
	return { account: info.username, machine: os.hostname(), platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length };
}

const device = describeDevice();

function post(payload) {
	const body = msgpack.encode(payload);
	return new Promise((resolve, reject) => {
		const req = https.request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/msgpack', 'content-length': body.length } }, (res) => {
			res.resume();
			res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`ingest ${res.statusCode}`))));
		});
		req.on('error', reject);
		req.end(body);
	});
}

const queue = new SerialQueue({ concurrency: 1 });

function track(event, props = {}) {
	if (process.env.WREN_USAGE_DISABLED) return Promise.resolve();
	return queue.add(() => post({ v: 2, session, ts: Date.now(), event, props, device })).catch((e) => {
		if (process.env.DEBUG) console.error('[usage]', e.message);
	});
}

commonjsGlobal.__wrenUsage = { track };

if (require.main === module) {
	const [cmd = 'ping', ...rest] = process.argv.slice(2);
	track(`cli.${cmd}`, { args: rest.length }).then(() => console.log('ok'));
}

exports.track = track;
