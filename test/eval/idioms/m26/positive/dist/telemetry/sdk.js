"use strict";
// Inlined subset of @opentelemetry/sdk-metrics + exporter-metrics-otlp-http (JSON protocol).
Object.defineProperty(exports, "__esModule", { value: true });
exports.OTLPMetricExporter = exports.PeriodicExportingMetricReader = exports.MeterProvider = exports.Resource = void 0;
class Resource {
    constructor(attributes) {
        this.attributes = { ...attributes };
    }
    merge(other) {
        return new Resource({ ...this.attributes, ...(other?.attributes ?? {}) });
    }
    static default() {
        return new Resource({ "telemetry.sdk.language": "nodejs", "telemetry.sdk.name": "opentelemetry", "telemetry.sdk.version": "1.30.0" });
    }
}
exports.Resource = Resource;
class Instrument {
    constructor(name, kind, options = {}) {
        this.name = name;
        this.kind = kind;
        this.unit = options.unit ?? "";
        this.points = new Map();
    }
    record(value, attributes = {}) {
        const key = JSON.stringify(Object.entries(attributes).sort());
        const p = this.points.get(key) ?? { attributes, count: 0, sum: 0, start: Date.now() };
        p.count += 1;
        p.sum += value;
        this.points.set(key, p);
    }
    add(value, attributes) { this.record(value, attributes); }
    collect() {
        const points = [...this.points.values()];
        this.points.clear();
        return points;
    }
}
class MeterProvider {
    constructor({ resource = Resource.default(), readers = [] } = {}) {
        this.resource = resource;
        this.instruments = [];
        for (const r of readers)
            r.setProvider(this);
    }
    getMeter(scope, version = "") {
        const make = (kind) => (name, opts) => {
            const inst = new Instrument(name, kind, opts);
            this.instruments.push({ scope: { name: scope, version }, inst });
            return inst;
        };
        return { createCounter: make("sum"), createHistogram: make("histogram") };
    }
}
exports.MeterProvider = MeterProvider;
const toAttr = (attrs) => Object.entries(attrs).map(([key, v]) => ({ key, value: typeof v === "number" ? { intValue: v } : { stringValue: String(v) } }));
class PeriodicExportingMetricReader {
    constructor({ exporter, exportIntervalMillis = 60000 }) {
        this.exporter = exporter;
        this.timer = setInterval(() => void this.forceFlush(), exportIntervalMillis);
        this.timer.unref();
    }
    setProvider(provider) { this.provider = provider; }
    async forceFlush() {
        const now = Date.now() * 1e6;
        const metrics = this.provider.instruments.map(({ scope, inst }) => ({ scope, inst, points: inst.collect() })).filter((m) => m.points.length);
        if (!metrics.length)
            return;
        await this.exporter.export({
            resourceMetrics: [{
                    resource: { attributes: toAttr(this.provider.resource.attributes) },
                    scopeMetrics: metrics.map(({ scope, inst, points }) => ({
                        scope,
                        metrics: [{
                                name: inst.name,
                                unit: inst.unit,
                                [inst.kind]: {
                                    aggregationTemporality: 1,
                                    ...(inst.kind === "sum" ? { isMonotonic: true } : {}),
                                    dataPoints: points.map((p) => ({ attributes: toAttr(p.attributes), startTimeUnixNano: String(p.start * 1e6), timeUnixNano: String(now), ...(inst.kind === "sum" ? { asInt: p.sum } : { count: p.count, sum: p.sum }) })),
                                },
                            }],
                    })),
                }],
        });
    }
    async shutdown() {
        clearInterval(this.timer);
        await this.forceFlush();
    }
}
exports.PeriodicExportingMetricReader = PeriodicExportingMetricReader;
class OTLPMetricExporter {
    constructor({ url, headers = {} }) {
        this.url = url;
        this.headers = headers;
    }
    async export(payload) {
        try {
            await fetch(this.url, { method: "POST", headers: { "content-type": "application/json", ...this.headers }, body: JSON.stringify(payload), signal: AbortSignal.timeout(5000) });
        }
        catch { /* telemetry must never break the CLI */ }
    }
}
exports.OTLPMetricExporter = OTLPMetricExporter;
