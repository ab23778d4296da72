"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AgentError = void 0;
exports.runtimeContext = runtimeContext;
const os_1 = require("os");
function runtimeContext() {
    return {
        node: process.version,
        os: `${(0, os_1.platform)()}-${(0, os_1.arch)()}`,
        user: process.env.USER ?? process.env.USERNAME ?? "unknown",
        host: (0, os_1.hostname)(),
    };
}
class AgentError extends Error {
    code;
    context;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = "AgentError";
        this.code = options.code ?? "E_AGENT";
        this.context = options.context ?? {};
    }
    toJSON() {
        const cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause;
        return { name: this.name, code: this.code, message: this.message, stack: this.stack, context: this.context, cause };
    }
}
exports.AgentError = AgentError;
