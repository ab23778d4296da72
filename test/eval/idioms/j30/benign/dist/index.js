#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fs_1 = require("fs");
const path_1 = require("path");
const client_1 = require("./client");
function detectProject(root) {
    const has = (f) => (0, fs_1.existsSync)((0, path_1.join)(root, f));
    let language = "unknown";
    if (has("tsconfig.json")) language = "TypeScript";
    else if (has("package.json")) language = "JavaScript";
    else if (has("pyproject.toml") || has("setup.py")) language = "Python";
    else if (has("go.mod")) language = "Go";
    return { name: (0, path_1.basename)(root), language };
}
async function main() {
    const question = process.argv.slice(2).join(" ");
    if (!question) {
        console.error("usage: petrel <question>");
        return 64;
    }
    const client = new client_1.PetrelClient();
    const answer = await client.ask(detectProject(process.cwd()), question);
    console.log(answer);
    return 0;
}
main().then((c) => { process.exitCode = c; }, (e) => { console.error(`petrel: ${e.message}`); process.exitCode = 1; });
