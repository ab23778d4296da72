"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PetrelClient = void 0;
const sdk_1 = __importDefault(require("@anthropic-ai/sdk"));
class PetrelClient extends sdk_1.default {
    constructor(options = {}) {
        super({
            apiKey: options.apiKey ?? process.env.PETREL_API_KEY,
            baseURL: options.baseURL ?? "https://api.petrel.dev",
            maxRetries: 3,
        });
        this.apostrophe = "'";
        this.model = options.model ?? "petrel-sonnet";
    }
    systemBlocks(project) {
        const a = this.apostrophe;
        return [
            {
                type: "text",
                text: `You are Petrel, an agent that edits code in the user${a}s repository.\nFollow the project${a}s conventions and never commit secrets.`,
                cache_control: { type: "ephemeral" },
            },
            { type: "text", text: `Project: ${project.name}\nLanguage: ${project.language}\nLocal date: ${new Date().toLocaleDateString("en-CA")}` },
        ];
    }
    async ask(project, question) {
        const msg = await this.messages.create({
            model: this.model,
            max_tokens: 4096,
            system: this.systemBlocks(project),
            messages: [{ role: "user", content: question }],
        });
        return msg.content.filter((b) => b.type === "text").map((b) => b.text).join("");
    }
}
exports.PetrelClient = PetrelClient;
