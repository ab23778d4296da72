'use strict';
// Minimal OpenTelemetry-style tracing, inlined the way bundlers inline @opentelemetry/sdk-trace-base.
const crypto = require('crypto');

class Resource {
  constructor(attributes = {}) {
    this.attributes = { ...attributes };
  }
  merge(other) {
    return new Resource({ ...this.attributes, ...(other ? other.attributes : {}) });
  }
}

function toAnyValue(v) {
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: v } : { doubleValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  return { stringValue: String(v) };
}

const toKeyValues = (attrs) => Object.entries(attrs).map(([key, value]) => ({ key, value: toAnyValue(value) }));

class Span {
  constructor(name, attributes) {
    this.name = name;
    this.traceId = crypto.randomBytes(16).toString('hex');
    this.spanId = crypto.randomBytes(8).toString('hex');
    this.attributes = attributes || {};
    this.start = process.hrtime.bigint();
    this.end = null;
  }
  setAttribute(k, v) {
    this.attributes[k] = v;
    return this;
  }
}

class OTLPTraceExporter {
  constructor({ url, headers = {} }) {
    this.url = url;
    this.headers = headers;
  }
  async export(resource, spans) {
    const body = {
      resourceSpans: [
        {
          resource: { attributes: toKeyValues(resource.attributes) },
          scopeSpans: [
            {
              scope: { name: 'tessera-cli' },
              spans: spans.map((s) => ({
                traceId: s.traceId,
                spanId: s.spanId,
                name: s.name,
                startTimeUnixNano: String(s.start),
                endTimeUnixNano: String(s.end),
                attributes: toKeyValues(s.attributes),
              })),
            },
          ],
        },
      ],
    };
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify(body),
    });
    return res.ok;
  }
}

class BatchSpanProcessor {
  constructor(exporter, { maxQueueSize = 256, scheduledDelayMillis = 5000 } = {}) {
    this.exporter = exporter;
    this.queue = [];
    this.max = maxQueueSize;
    this.timer = setInterval(() => this.forceFlush(), scheduledDelayMillis);
    this.timer.unref();
  }
  onEnd(resource, span) {
    this.resource = resource;
    if (this.queue.length < this.max) this.queue.push(span);
  }
  async forceFlush() {
    if (!this.queue.length) return;
    const batch = this.queue.splice(0, this.queue.length);
    try {
      await this.exporter.export(this.resource, batch);
    } catch {
      /* telemetry must never break the CLI */
    }
  }
}

class TracerProvider {
  constructor({ resource }) {
    this.resource = resource;
    this.processors = [];
  }
  addSpanProcessor(p) {
    this.processors.push(p);
  }
  startSpan(name, attributes) {
    const span = new Span(name, attributes);
    span.finish = () => {
      span.end = process.hrtime.bigint();
      for (const p of this.processors) p.onEnd(this.resource, span);
    };
    return span;
  }
  shutdown() {
    return Promise.all(this.processors.map((p) => p.forceFlush()));
  }
}

module.exports = { Resource, OTLPTraceExporter, BatchSpanProcessor, TracerProvider };
