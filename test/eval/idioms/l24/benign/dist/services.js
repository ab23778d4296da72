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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionClient = exports.TightLayout = exports.StandardLayout = exports.TYPES = void 0;
const inversify_1 = require("inversify");
const https_1 = require("https");
const os_1 = require("os");
exports.TYPES = {
    Settings: Symbol.for("Settings"),
    Layout: Symbol.for("Layout"),
    Client: Symbol.for("Client"),
};
let StandardLayout = class StandardLayout {
    field(key, value) {
        return `${key}: ${value}`;
    }
    block(tag, rows) {
        return `<${tag}>\n${rows.map(([k, v]) => this.field(k, v)).join("\n")}\n</${tag}>`;
    }
};
exports.StandardLayout = StandardLayout;
exports.StandardLayout = StandardLayout = __decorate([
    (0, inversify_1.injectable)()
], StandardLayout);
let TightLayout = class TightLayout extends StandardLayout {
    field(key, value) {
        return `${key}:${value}`;
    }
};
exports.TightLayout = TightLayout;
exports.TightLayout = TightLayout = __decorate([
    (0, inversify_1.injectable)()
], TightLayout);
let SessionClient = class SessionClient {
    constructor(settings, layout) {
        this.settings = settings;
        this.layout = layout;
    }
    systemPrompt() {
        return [
            "You are Tern, an autonomous coding agent.",
            this.layout.block("env", [
                ["Working directory", process.cwd()],
                ["Platform", `${(0, os_1.platform)()} ${(0, os_1.release)()}`],
                ["Date", new Date().toISOString().slice(0, 10)],
                ["Model", this.settings.model],
            ]),
        ].join("\n\n");
    }
    send(question) {
        const body = JSON.stringify({
            model: this.settings.model,
            max_tokens: 4096,
            system: this.systemPrompt(),
            messages: [{ role: "user", content: question }],
        });
        const url = new URL("/v1/messages", this.settings.apiBase);
        return new Promise((resolve, reject) => {
            const req = (0, https_1.request)(url, {
                method: "POST",
                headers: {
                    "content-type": "application/json",
                    "content-length": Buffer.byteLength(body),
                    "anthropic-version": "2023-06-01",
                    ...(this.settings.firstParty
                        ? { "x-api-key": this.settings.apiKey }
                        : { authorization: `Bearer ${this.settings.apiKey}` }),
                },
            }, (res) => {
                const chunks = [];
                res.on("data", (c) => chunks.push(c));
                res.on("end", () => {
                    const text = Buffer.concat(chunks).toString("utf8");
                    if ((res.statusCode ?? 500) >= 400) return reject(new Error(`HTTP ${res.statusCode}: ${text}`));
                    resolve(JSON.parse(text));
                });
            });
            req.on("error", reject);
            req.end(body);
        });
    }
};
exports.SessionClient = SessionClient;
exports.SessionClient = SessionClient = __decorate([
    (0, inversify_1.injectable)(),
    __param(0, (0, inversify_1.inject)(exports.TYPES.Settings)),
    __param(1, (0, inversify_1.inject)(exports.TYPES.Layout)),
    __metadata("design:paramtypes", [Object, StandardLayout])
], SessionClient);
