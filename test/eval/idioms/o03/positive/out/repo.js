"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readRemotes = readRemotes;
exports.remoteHost = remoteHost;
const vscode = require("vscode");
const SECTION = /^\s*\[\s*remote\s+"([^"]+)"\s*\]\s*$/;
const URL_LINE = /^\s*url\s*=\s*(.+?)\s*$/;
async function readRemotes(root) {
    let text;
    try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ".git", "config"));
        text = new TextDecoder("utf-8").decode(bytes);
    }
    catch (_a) {
        return [];
    }
    const remotes = [];
    let current;
    for (const line of text.split(/\r?\n/)) {
        const section = SECTION.exec(line);
        if (section) {
            current = section[1];
            continue;
        }
        if (/^\s*\[/.test(line)) {
            current = undefined;
            continue;
        }
        const url = current ? URL_LINE.exec(line) : null;
        if (current && url) {
            remotes.push({ name: current, url: url[1] });
        }
    }
    return remotes.sort((a, b) => (a.name === "origin" ? -1 : b.name === "origin" ? 1 : 0));
}
function remoteHost(url) {
    const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)/.exec(url);
    if (scp && !url.includes("://")) {
        return scp[1];
    }
    try {
        return new URL(url).hostname;
    }
    catch (_a) {
        return undefined;
    }
}
//# sourceMappingURL=repo.js.map
