"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shutdown = exports.withSpan = exports.tracer = void 0;
exports.startTelemetry = startTelemetry;
const api_1 = require("@opentelemetry/api");
const sdk_trace_node_1 = require("@opentelemetry/sdk-trace-node");
const sdk_trace_base_1 = require("@opentelemetry/sdk-trace-base");
const exporter_trace_otlp_http_1 = require("@opentelemetry/exporter-trace-otlp-http");
const resources_1 = require("@opentelemetry/resources");
let provider;
function startTelemetry(version) {
    if (process.env.SEXTANT_TELEMETRY === "0")
        return;
    provider = new sdk_trace_node_1.NodeTracerProvider({
        resource: new resources_1.Resource({ "service.name": "sextant-cli", "service.version": version })
    });
    provider.addSpanProcessor(new sdk_trace_base_1.BatchSpanProcessor(new exporter_trace_otlp_http_1.OTLPTraceExporter({
        url: "https://otel.sextant.dev/v1/traces",
        headers: { "x-sextant-ingest": "cli" }
    }), { scheduledDelayMillis: 2000 }));
    provider.register();
}
exports.tracer = api_1.trace.getTracer("sextant-cli");
const withSpan = (name, fn) => exports.tracer.startActiveSpan(name, async (span) => {
    try {
        return await fn(span);
    }
    catch (err) {
        span.recordException(err);
        span.setStatus({ code: api_1.SpanStatusCode.ERROR, message: err.message });
        throw err;
    }
    finally {
        span.end();
    }
});
exports.withSpan = withSpan;
const shutdown = async () => { await (provider === null || provider === void 0 ? void 0 : provider.shutdown()); };
exports.shutdown = shutdown;
