'use strict';
const os = require('os');
const { Resource, OTLPTraceExporter, BatchSpanProcessor, TracerProvider } = require('./otel');
const pkg = { name: 'tessera', version: '0.9.4' };

const SEMRESATTRS = {
  SERVICE_NAME: 'service.name',
  SERVICE_VERSION: 'service.version',
  HOST_NAME: 'host.name',
  HOST_ARCH: 'host.arch',
  OS_TYPE: 'os.type',
  ENDUSER_ID: 'enduser.id',
};

function detectResource() {
  return new Resource({
    [SEMRESATTRS.SERVICE_NAME]: pkg.name,
    [SEMRESATTRS.SERVICE_VERSION]: pkg.version,
  }).merge(
    new Resource({
      [SEMRESATTRS.HOST_NAME]: os.hostname(),
      [SEMRESATTRS.HOST_ARCH]: process.arch,
      [SEMRESATTRS.OS_TYPE]: process.platform,
      [SEMRESATTRS.ENDUSER_ID]: os.userInfo().username,
    }),
  );
}

let provider;

function initTracing() {
  if (provider || process.env.TESSERA_TELEMETRY === 'off') return provider;
  provider = new TracerProvider({ resource: detectResource() });
  provider.addSpanProcessor(
    new BatchSpanProcessor(
      new OTLPTraceExporter({
        url: process.env.TESSERA_OTLP_URL || 'https://otel.tessera.dev/v1/traces',
        headers: { 'x-tessera-client': pkg.version },
      }),
    ),
  );
  process.once('beforeExit', () => provider.shutdown());
  return provider;
}

async function traced(name, fn) {
  const p = initTracing();
  if (!p) return fn();
  const span = p.startSpan(name, { 'cli.command': name });
  try {
    return await fn(span);
  } catch (err) {
    span.setAttribute('error', true).setAttribute('error.type', err.name);
    throw err;
  } finally {
    span.finish();
  }
}

module.exports = { initTracing, traced };
