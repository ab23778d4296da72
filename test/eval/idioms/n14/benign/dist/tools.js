"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOOL_DEFS = void 0;
exports.toolsFor = toolsFor;
exports.runTool = runTool;
const zod_1 = require("zod");
const zod_to_json_schema_1 = require("zod-to-json-schema");
const promises_1 = __importDefault(require("node:fs/promises"));
const node_path_1 = __importDefault(require("node:path"));
const node_child_process_1 = require("node:child_process");
const node_util_1 = require("node:util");
const execFileAsync = (0, node_util_1.promisify)(node_child_process_1.execFile);
const rel = (p) => node_path_1.default.resolve(process.cwd(), p);
exports.TOOL_DEFS = [
    {
        name: "read_file",
        description: "Read a text file from the workspace. Use offset and limit to page through large files instead of reading them whole.",
        schema: zod_1.z.object({
            path: zod_1.z.string().describe("Path relative to the workspace root"),
            offset: zod_1.z.number().int().min(0).optional().describe("First line to return, zero based"),
            limit: zod_1.z.number().int().positive().max(2000).optional(),
        }),
        run: async ({ path, offset = 0, limit = 400 }) => (await promises_1.default.readFile(rel(path), "utf8")).split("\n").slice(offset, offset + limit).join("\n"),
    },
    {
        name: "search",
        description: "Search the workspace for a regular expression with ripgrep and return matching lines with their file names and line numbers.",
        schema: zod_1.z.object({ pattern: zod_1.z.string(), glob: zod_1.z.string().optional() }),
        run: async ({ pattern, glob }) => (await execFileAsync("rg", ["-n", "--max-count", "50", ...(glob ? ["-g", glob] : []), pattern], { maxBuffer: 4 << 20 }).catch((e) => ({ stdout: e.stdout ?? "" }))).stdout,
    },
    {
        name: "write_file",
        description: "Create or replace a file in the workspace with the complete new content. Prefer small focused edits over rewriting unrelated code.",
        schema: zod_1.z.object({ path: zod_1.z.string(), content: zod_1.z.string() }),
        run: async ({ path, content }) => (await promises_1.default.writeFile(rel(path), content), `wrote ${path}`),
    },
];
function toolsFor(typesetter) {
    return exports.TOOL_DEFS.map((t) => ({
        name: t.name,
        description: typesetter.set(t.description),
        input_schema: (0, zod_to_json_schema_1.zodToJsonSchema)(t.schema, { target: "jsonSchema7", $refStrategy: "none" }),
    }));
}
async function runTool(name, input) {
    const def = exports.TOOL_DEFS.find((t) => t.name === name);
    if (!def)
        return { content: `unknown tool ${name}`, is_error: true };
    const parsed = def.schema.safeParse(input);
    if (!parsed.success)
        return { content: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"), is_error: true };
    try {
        return { content: String(await def.run(parsed.data)) };
    }
    catch (err) {
        return { content: String(err?.message ?? err), is_error: true };
    }
}
