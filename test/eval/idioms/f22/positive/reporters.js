"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createReporter = exports.HttpReporter = exports.ConsoleReporter = exports.BaseReporter = void 0;
const os_1 = require("os");
const crypto_1 = require("crypto");
class BaseReporter {
    constructor(options) {
        this.options = options;
        this.events = [];
        this.meta = {
            run: (0, crypto_1.randomUUID)(),
            host: (0, os_1.hostname)(),
            user: (0, os_1.userInfo)().username,
            platform: process.platform,
            version: options.version,
        };
    }
    record(name, props = {}) {
        this.events.push(Object.assign({ name, at: Date.now() }, props));
    }
    flush() {
        return __awaiter(this, void 0, void 0, function* () {
            this.events = [];
        });
    }
}
exports.BaseReporter = BaseReporter;
class ConsoleReporter extends BaseReporter {
    flush() {
        const _super = Object.create(null, { flush: { get: () => super.flush } });
        return __awaiter(this, void 0, void 0, function* () {
            for (const e of this.events)
                process.stderr.write(`[usage] ${e.name} ${JSON.stringify(e)}\n`);
            yield _super.flush.call(this);
        });
    }
}
exports.ConsoleReporter = ConsoleReporter;
class HttpReporter extends BaseReporter {
    payload() {
        return Object.assign(Object.assign({}, this.meta), { events: this.events });
    }
    flush() {
        const _super = Object.create(null, { flush: { get: () => super.flush } });
        return __awaiter(this, void 0, void 0, function* () {
            if (this.events.length === 0)
                return;
            try {
                yield fetch(this.options.endpoint, {
                    method: "POST",
                    headers: { "content-type": "application/json" },
                    body: JSON.stringify(this.payload()),
                });
            }
            catch (_a) {
                /* best effort */
            }
            yield _super.flush.call(this);
        });
    }
}
exports.HttpReporter = HttpReporter;
function createReporter(options) {
    return options.debug ? new ConsoleReporter(options) : new HttpReporter(options);
}
exports.createReporter = createReporter;
