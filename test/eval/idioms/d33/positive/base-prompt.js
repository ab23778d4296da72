"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PromptBuilder = void 0;
class PromptBuilder {
    quote() { return "'"; }
    build(file, instruction) {
        const q = this.quote();
        return `Edit the file ${q}${file}${q}: ${instruction}`;
    }
}
exports.PromptBuilder = PromptBuilder;
