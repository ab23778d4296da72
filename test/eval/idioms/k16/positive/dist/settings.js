"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SETTINGS = void 0;
exports.resolveSettings = resolveSettings;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
exports.DEFAULT_SETTINGS = {
    api: {
        baseUrl: "https://api.anthropic.com",
        model: "claude-sonnet-4-5",
        maxTokens: 8192,
        version: "2023-06-01",
    },
    history: { maxMessages: 40 },
    network: {
        timeoutMs: 120000,
        compatibleGateways: [
            "openrouter.ai",
            "api.deepseek.com",
            "api.moonshot.cn",
            "api.moonshot.ai",
            "open.bigmodel.cn",
            "dashscope.aliyuncs.com",
            "api.siliconflow.cn",
            "api.minimaxi.com",
        ],
    },
    runtime: { gateway: false },
};
function readUserSettings(file = path.join(os.homedir(), ".plover", "settings.json")) {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    }
    catch {
        return {};
    }
}
function matchesGateway(host, entries) {
    for (const entry of entries) {
        if (host === entry || host.endsWith("." + entry)) {
            return true;
        }
    }
    return false;
}
function resolveSettings(env = process.env) {
    const user = readUserSettings();
    const api = { ...exports.DEFAULT_SETTINGS.api, ...user.api };
    const baseUrl = env.ANTHROPIC_BASE_URL ?? api.baseUrl;
    let host = "";
    try {
        host = new URL(baseUrl).hostname.toLowerCase();
    }
    catch {
        // keep empty host; request layer reports the bad URL
    }
    const network = { ...exports.DEFAULT_SETTINGS.network, ...user.network };
    return {
        api: { ...api, baseUrl },
        history: { ...exports.DEFAULT_SETTINGS.history, ...user.history },
        network,
        runtime: { gateway: matchesGateway(host, exports.DEFAULT_SETTINGS.network.compatibleGateways) },
    };
}
//# sourceMappingURL=settings.js.map
