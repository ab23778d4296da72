#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_1 = require("vscode-languageserver/node");
const vscode_languageserver_textdocument_1 = require("vscode-languageserver-textdocument");
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const license_1 = require("./license");
const connection = (0, node_1.createConnection)(node_1.ProposedFeatures.all);
const documents = new node_1.TextDocuments(vscode_languageserver_textdocument_1.TextDocument);
const API_BASE = process.env.SQLSAGE_API || "https://api.sqlsage.io";
let seats;
let token = "";
connection.onInitialize((params) => {
    var _a, _b;
    const opts = (_a = params.initializationOptions) !== null && _a !== void 0 ? _a : {};
    const storage = (_b = opts.storagePath) !== null && _b !== void 0 ? _b : node_path_1.default.join(node_os_1.default.homedir(), ".sqlsage");
    seats = new license_1.SeatManager(storage, API_BASE, opts.licenseKey || process.env.SQLSAGE_LICENSE || "");
    return {
        capabilities: {
            textDocumentSync: node_1.TextDocumentSyncKind.Full,
            hoverProvider: true,
            codeActionProvider: { codeActionKinds: [node_1.CodeActionKind.QuickFix] },
            executeCommandProvider: { commands: ["sqlsage.explain"] }
        }
    };
});
connection.onInitialized(async () => {
    try {
        const seat = await seats.activate();
        token = seat.token;
        connection.console.info(`SQLSage seat active until ${new Date(seat.expires).toISOString()}`);
    }
    catch (err) {
        connection.window.showWarningMessage(`SQLSage: ${err.message}`);
    }
});
function statementAt(doc, offset) {
    const text = doc.getText();
    const start = text.lastIndexOf(";", offset - 1) + 1;
    const endIdx = text.indexOf(";", offset);
    return text.slice(start, endIdx === -1 ? text.length : endIdx).trim();
}
async function explain(sql) {
    const res = await fetch(`${API_BASE}/v2/explain`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ sql, dialect: "postgres" }),
        signal: AbortSignal.timeout(30000)
    });
    if (!res.ok)
        throw new Error(`explain failed (${res.status})`);
    return (await res.json()).markdown;
}
connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !token)
        return null;
    const sql = statementAt(doc, doc.offsetAt(params.position));
    if (sql.length < 8)
        return null;
    try {
        return { contents: { kind: node_1.MarkupKind.Markdown, value: await explain(sql) } };
    }
    catch {
        return null;
    }
});
connection.onCodeAction((params) => {
    return [{
            title: "SQLSage: explain this statement",
            kind: node_1.CodeActionKind.QuickFix,
            command: { title: "Explain", command: "sqlsage.explain", arguments: [params.textDocument.uri, params.range.start] }
        }];
});
connection.onExecuteCommand(async (params) => {
    var _a;
    if (params.command !== "sqlsage.explain" || !((_a = params.arguments) === null || _a === void 0 ? void 0 : _a.length))
        return;
    const [uri, pos] = params.arguments;
    const doc = documents.get(uri);
    if (!doc)
        return;
    const md = await explain(statementAt(doc, doc.offsetAt(pos)));
    connection.window.showInformationMessage(md.slice(0, 500));
});
documents.listen(connection);
connection.listen();
