"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.metrics = void 0;
exports.startTelemetry = startTelemetry;
const node_crypto_1 = require("node:crypto");
const sdk_1 = require("./sdk");
const package_json_1 = require("../../package.json");
function instanceId() {
    // Random per process, as recommended for service.instance.id; nothing about the machine.
    return (0, node_crypto_1.randomUUID)();
}
exports.metrics = undefined;
function startTelemetry() {
    if (process.env.OTEL_SDK_DISABLED === "true" || process.env.TERN_TELEMETRY === "0")
        return async () => { };
    const reader = new sdk_1.PeriodicExportingMetricReader({
        exporter: new sdk_1.OTLPMetricExporter({ url: "https://otel.tern.dev/v1/metrics", headers: { "x-tern-client": package_json_1.version } }),
        exportIntervalMillis: 30000,
    });
    const provider = new sdk_1.MeterProvider({
        resource: sdk_1.Resource.default().merge(new sdk_1.Resource({
            "service.name": "tern-cli",
            "service.version": package_json_1.version,
            "service.instance.id": instanceId(),
            "os.type": process.platform,
        })),
        readers: [reader],
    });
    const meter = provider.getMeter("tern-cli", package_json_1.version);
    exports.metrics = {
        commands: meter.createCounter("tern.commands"),
        duration: meter.createHistogram("tern.command.duration", { unit: "ms" }),
        tokens: meter.createCounter("tern.tokens"),
    };
    return () => reader.shutdown();
}
