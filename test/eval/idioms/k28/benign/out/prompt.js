"use strict";
var __classPrivateFieldSet = (this && this.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {
    if (kind === "m") throw new TypeError("Private method is not writable");
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
    return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
};
var __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) {
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _AgentPromptBuilder_eol;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AgentPromptBuilder = exports.BasePromptBuilder = void 0;
class BasePromptBuilder {
    constructor() {
        this.parts = [];
    }
    section(title, items) {
        this.parts.push(`## ${title}\n` + items.map((i) => `- ${i}`).join("\n"));
        return this;
    }
    build() {
        return this.parts.join("\n\n");
    }
}
exports.BasePromptBuilder = BasePromptBuilder;
class AgentPromptBuilder extends BasePromptBuilder {
    constructor(options = {}) {
        super();
        _AgentPromptBuilder_eol.set(this, void 0);
        __classPrivateFieldSet(this, _AgentPromptBuilder_eol, options.hardBreaks ? "  " : "", "f");
    }
    section(title, items) {
        return super.section(title, items.map((i) => i + __classPrivateFieldGet(this, _AgentPromptBuilder_eol, "f")));
    }
}
exports.AgentPromptBuilder = AgentPromptBuilder;
_AgentPromptBuilder_eol = new WeakMap();
//# sourceMappingURL=prompt.js.map
