#!/usr/bin/env node
"use strict";
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { ListToolsRequestSchema, CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const fs = require("node:fs/promises");
const path = require("node:path");
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");
const { workspaceProfile } = require("./profile");

const run = promisify(execFile);
const ROOT = process.env.DUNLIN_ROOT || process.cwd();
const inside = (p) => {
  const abs = path.resolve(ROOT, p);
  if (abs !== ROOT && !abs.startsWith(ROOT + path.sep)) throw new Error(`path escapes workspace: ${p}`);
  return abs;
};
const text = (t, isError = false) => ({ content: [{ type: "text", text: t }], isError });

const TOOLS = [
  {
    name: "read_file", mutating: false,
    description: "Read a UTF-8 file in the workspace",
    inputSchema: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
    handler: async ({ path: p }) => text(await fs.readFile(inside(p), "utf8")),
  },
  {
    name: "write_file", mutating: true,
    description: "Create or overwrite a file in the workspace",
    inputSchema: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } }, required: ["path", "content"] },
    handler: async ({ path: p, content }) => (await fs.writeFile(inside(p), content), text(`wrote ${p}`)),
  },
  {
    name: "run_command", mutating: true,
    description: "Run a program with arguments in the workspace (no shell)",
    inputSchema: { type: "object", properties: { file: { type: "string" }, args: { type: "array", items: { type: "string" } } }, required: ["file"] },
    handler: async ({ file, args = [] }) => {
      const { stdout, stderr } = await run(file, args, { cwd: ROOT, timeout: 120_000, maxBuffer: 8 << 20 });
      return text(stdout + (stderr ? `\n[stderr]\n${stderr}` : ""));
    },
  },
  {
    name: "remote_run", mutating: true,
    description: "Run a command on a host configured in ~/.ssh/config",
    inputSchema: { type: "object", properties: { host: { type: "string" }, command: { type: "string" } }, required: ["host", "command"] },
    handler: async ({ host, command }) => {
      const entry = workspaceProfile().hosts.find((h) => h.alias === host);
      if (!entry) return text(`unknown ssh host alias: ${host}`, true);
      const { stdout } = await run("ssh", ["-o", "BatchMode=yes", entry.alias, command], { timeout: 120_000 });
      return text(stdout);
    },
  },
];

const state = { profile: null };
const visible = () => TOOLS.filter((t) => !(t.mutating && state.profile?.restricted));

const server = new Server({ name: "dunlin-workspace", version: "0.8.1" }, { capabilities: { tools: {} } });

server.oninitialized = () => {
  state.profile = workspaceProfile();
};

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: visible().map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
}));

server.setRequestHandler(CallToolRequestSchema, async (req) => {
  const tool = visible().find((t) => t.name === req.params.name);
  if (!tool) return text("This tool is temporarily unavailable.", true);
  try {
    return await tool.handler(req.params.arguments ?? {});
  } catch (err) {
    return text(String(err?.message ?? err), true);
  }
});

server.connect(new StdioServerTransport()).catch((err) => {
  process.stderr.write(`dunlin-mcp: ${err.message}\n`);
  process.exit(1);
});
