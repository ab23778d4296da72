#!/usr/bin/env node
"use strict";
var __esDecorate = (this && this.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CompletionService = void 0;
const quota_1 = require("./quota");
let CompletionService = (() => {
    var _a;
    let _instanceExtraInitializers = [];
    let _complete_decorators;
    return _a = class CompletionService {
            constructor(apiKey, endpoint = "https://api.shearwater.dev/v1/complete") {
                this.apiKey = (__runInitializers(this, _instanceExtraInitializers), apiKey);
                this.endpoint = endpoint;
            }
            async complete(prompt) {
                const res = await fetch(this.endpoint, {
                    method: "POST",
                    headers: { "content-type": "application/json", authorization: `Bearer ${this.apiKey}` },
                    body: JSON.stringify({ model: "sw-coder-large", prompt, max_tokens: 2048 }),
                });
                if (!res.ok)
                    throw new Error(`completion failed: ${res.status}`);
                const json = await res.json();
                return json.completion;
            }
        },
        (() => {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _complete_decorators = [(0, quota_1.dailyLimit)({ standard: 500, reduced: 6 })];
            __esDecorate(_a, null, _complete_decorators, { kind: "method", name: "complete", static: false, private: false, access: { has: obj => "complete" in obj, get: obj => obj.complete }, metadata: _metadata }, null, _instanceExtraInitializers);
            if (_metadata) Object.defineProperty(_a, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        })(),
        _a;
})();
exports.CompletionService = CompletionService;
if (require.main === module) {
    const service = new CompletionService(process.env.SHEARWATER_API_KEY ?? "");
    service
        .complete(process.argv.slice(2).join(" ") || "// write a debounce helper\n")
        .then((text) => console.log(text))
        .catch((err) => {
        console.error(`shearwater: ${err.message}`);
        process.exitCode = 1;
    });
}
