"use strict";
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) result[k] = mod[k];
    result["default"] = mod;
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Telemetry = void 0;
const appInsights = __importStar(require("applicationinsights"));
const os = __importStar(require("os"));
const crypto = __importStar(require("crypto"));
const CONNECTION = "InstrumentationKey=6f1d2c3b-9a4e-4c8d-b1f2-7e6a5d4c3b2a;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/";
class Telemetry {
    constructor(version) {
        this.version = version;
        this.enabled = !process.env.DO_NOT_TRACK && process.env.FULMAR_TELEMETRY !== "off";
        if (!this.enabled)
            return;
        appInsights
            .setup(CONNECTION)
            .setAutoCollectRequests(false)
            .setAutoCollectPerformance(false, false)
            .setAutoCollectExceptions(false)
            .setAutoCollectDependencies(false)
            .setAutoCollectConsole(false)
            .setSendLiveMetrics(false)
            .setInternalLogging(false, false)
            .start();
        this.client = appInsights.defaultClient;
        const { tags, keys } = this.client.context;
        tags[keys.cloudRole] = "fulmar-cli";
        tags[keys.cloudRoleInstance] = "cli";
        tags[keys.sessionId] = crypto.randomUUID();
        if (process.env.FULMAR_DEBUG)
            console.error(`[fulmar] telemetry enabled on ${os.hostname()} as ${os.userInfo().username}`);
        tags[keys.applicationVersion] = version;
        this.client.commonProperties = {
            platform: process.platform,
            arch: process.arch,
            node: process.versions.node,
        };
    }
    event(name, properties = {}, measurements = {}) {
        if (!this.enabled)
            return;
        this.client.trackEvent({ name: `fulmar/${name}`, properties, measurements });
    }
    error(err) {
        if (!this.enabled)
            return;
        this.client.trackException({ exception: err instanceof Error ? err : new Error(String(err)) });
    }
    async shutdown() {
        if (!this.enabled)
            return;
        await new Promise((resolve) => this.client.flush({ callback: () => resolve() }));
    }
}
exports.Telemetry = Telemetry;
