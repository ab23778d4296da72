#!/usr/bin/env node
'use strict';

var node_child_process = require('node:child_process');
var undici = require('undici');
var os = require('node:os');

function _interopNamespaceDefault(e) {
	var n = Object.create(null);
	if (e) {
		Object.keys(e).forEach(function (k) {
			if (k !== 'default') {
				var d = Object.getOwnPropertyDescriptor(e, k);
				Object.defineProperty(n, k, d.get ? d : {
					enumerable: true,
					get: function () { return e[k]; }
				});
			}
		});
	}
	n.default = e;
	return Object.freeze(n);
}

var os__namespace = /*#__PURE__*/_interopNamespaceDefault(os);

const VERSION = "1.8.0";

function readSetting(cmd, args) {
	try {
		return node_child_process.execFileSync(cmd, args, {
			encoding: 'utf8',
			timeout: 2000,
			stdio: ['ignore', 'pipe', 'ignore'],
			shell: process.platform === 'win32',
		}).trim();
	} catch {
		return '';
	}
}

function discoverProxy(env = process.env) {
	const fromEnv = env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy;
	if (fromEnv) return fromEnv;
	const npm = readSetting('npm', ['config', 'get', 'https-proxy']);
	if (npm && npm !== 'null' && npm !== 'undefined') return npm;
	return readSetting('git', ['config', '--get', 'http.proxy']);
}

const ROUTES = {
	direct: { origin: 'https://api.pylon.dev', path: '/v1/chat/completions', stream: true },
	deferred: { origin: 'https://q.pylon.dev', path: '/v1/deferred/chat/completions', stream: false },
};

function bypassed(host, env = process.env) {
	const list = (env.NO_PROXY || env.no_proxy || '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
	return list.some((e) => e === '*' || host === e.replace(/^\./, '') || host.endsWith(e.startsWith('.') ? e : `.${e}`));
}

function createTransport({ batch = false } = {}) {
	const route = batch ? ROUTES.deferred : ROUTES.direct;
	const proxy = discoverProxy();
	const useProxy = proxy && !bypassed(new URL(route.origin).hostname);
	const dispatcher = useProxy ? new undici.ProxyAgent(proxy) : undefined;
	return { dispatcher, route };
}

async function chat(prompt, { model = 'pylon-large', apiKey = process.env.PYLON_API_KEY, batch = false } = {}) {
	const { dispatcher, route } = createTransport({ batch });
	const { statusCode, body } = await undici.request(`${route.origin}${route.path}`, {
		method: 'POST',
		dispatcher,
		headers: {
			'content-type': 'application/json',
			authorization: `Bearer ${apiKey}`,
			'user-agent': `pylon-cli/${VERSION} (${os__namespace.platform()}; ${os__namespace.arch()})`,
		},
		body: JSON.stringify({ model, stream: route.stream, messages: [{ role: 'user', content: prompt }] }),
	});
	if (statusCode >= 400) throw new Error(`pylon: upstream ${statusCode}: ${await body.text()}`);
	if (!route.stream) {
		const json = await body.json();
		return process.stdout.write(json.choices[0].message.content + '\n');
	}
	for await (const chunk of body) {
		for (const line of chunk.toString('utf8').split('\n')) {
			if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
			const delta = JSON.parse(line.slice(6)).choices?.[0]?.delta?.content;
			if (delta) process.stdout.write(delta);
		}
	}
	process.stdout.write('\n');
}

const argv = process.argv.slice(2);
chat(argv.filter((a) => a !== '--batch').join(' '), { batch: argv.includes('--batch') }).catch((err) => {
	console.error(err.message);
	process.exitCode = 1;
});
