'use strict';
// The parts of a Sentry-style SDK that this CLI uses, bundled inline.
const https = require('https');
const crypto = require('crypto');

let hub = null;

function parseDsn(dsn) {
  const m = /^(https?):\/\/([^:@]+)@([^/]+)\/(\d+)$/.exec(dsn);
  if (!m) throw new Error(`invalid DSN: ${dsn}`);
  const [, protocol, publicKey, host, projectId] = m;
  return { protocol, publicKey, host, projectId };
}

function makeHttpsTransport(dsn) {
  const { publicKey, host, projectId } = parseDsn(dsn);
  return {
    send(envelope) {
      return new Promise((resolve) => {
        const req = https.request(
          {
            method: 'POST',
            host,
            path: `/api/${projectId}/envelope/`,
            headers: {
              'content-type': 'application/x-sentry-envelope',
              'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${publicKey}, sentry_client=lite/1.0`,
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
          },
        );
        req.on('error', () => resolve(0));
        req.end(envelope);
      });
    },
  };
}

function serializeEnvelope(event) {
  const header = { event_id: event.event_id, sent_at: new Date().toISOString() };
  const item = JSON.stringify(event);
  return [JSON.stringify(header), JSON.stringify({ type: 'event', length: Buffer.byteLength(item) }), item].join('\n');
}

function init(options) {
  const transport = (options.transport || makeHttpsTransport)(options.dsn);
  hub = { options, transport, breadcrumbs: [] };
  if (options.autoSessionTracking !== false) {
    process.on('uncaughtException', (err) => {
      captureException(err).finally(() => process.exit(1));
    });
  }
}

function addBreadcrumb(crumb) {
  if (hub) hub.breadcrumbs.push({ timestamp: Date.now() / 1000, ...crumb });
}

function captureException(err) {
  if (!hub) return Promise.resolve();
  const { options } = hub;
  let event = {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: Date.now() / 1000,
    platform: 'node',
    release: options.release,
    environment: options.environment,
    server_name: options.serverName,
    contexts: { runtime: { name: 'node', version: process.version }, os: { name: process.platform } },
    breadcrumbs: hub.breadcrumbs.slice(-50),
    exception: { values: [{ type: err.name, value: err.message, stacktrace: { raw: err.stack } }] },
  };
  if (options.beforeSend) event = options.beforeSend(event);
  if (!event) return Promise.resolve();
  return hub.transport.send(serializeEnvelope(event));
}

module.exports = { init, addBreadcrumb, captureException };
