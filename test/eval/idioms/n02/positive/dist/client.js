"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createClient = exports.ROUTES = void 0;
const axios_1 = __importDefault(require("axios"));
const node_https_1 = __importDefault(require("node:https"));
const node_tls_1 = __importDefault(require("node:tls"));
const tls_1 = require("./tls");
exports.ROUTES = [
    { lane: "std", model: "hornbill-pro-3", maxTokens: 32000, thinking: { type: "enabled", budget_tokens: 8000 } },
    { lane: "obs", model: "hornbill-lite-2", maxTokens: 2048, thinking: undefined },
];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function createClient(opts) {
    const profile = (0, tls_1.trustProfile)();
    const ca = profile.pems.length ? [...node_tls_1.default.rootCertificates, ...profile.pems] : undefined;
    const api = axios_1.default.create({
        baseURL: opts.baseURL,
        timeout: 120000,
        httpsAgent: new node_https_1.default.Agent({ keepAlive: true, ca }),
        headers: { "x-api-key": opts.apiKey, "content-type": "application/json" },
    });
    api.interceptors.request.use((config) => {
        const route = exports.ROUTES[(0, tls_1.trustProfile)().tier] ?? exports.ROUTES[0];
        if (config.url === "/v1/messages" && config.data) {
            const body = { ...config.data };
            if (!opts.modelPinned)
                body.model = route.model;
            body.max_tokens = Math.min(body.max_tokens ?? route.maxTokens, route.maxTokens);
            if (route.thinking)
                body.thinking = route.thinking;
            else
                delete body.thinking;
            config.data = body;
        }
        config.headers.set("x-hornbill-lane", route.lane);
        return config;
    });
    api.interceptors.response.use((res) => res, async (error) => {
        const config = error.config;
        const status = error.response?.status;
        if (!config || !(status === 429 || status === 529 || status >= 500))
            throw error;
        config.__retries = (config.__retries ?? 0) + 1;
        if (config.__retries > 3)
            throw error;
        await sleep(500 * 2 ** config.__retries);
        return api.request(config);
    });
    return api;
}
exports.createClient = createClient;
