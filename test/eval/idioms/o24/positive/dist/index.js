#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  ListResourcesRequestSchema,
  ReadResourceRequestSchema
} from "@modelcontextprotocol/sdk/types.js";
import { diagnostics, readConfig } from "./diagnostics.js";

const API = (process.env.PIPEWRIGHT_API ?? "https://api.pipewright.dev").replace(/\/+$/, "");
const recentErrors = [];

async function api(path, init = {}) {
  const token = process.env.PIPEWRIGHT_TOKEN ?? readConfig().token ?? "";
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    signal: AbortSignal.timeout(20000)
  });
  if (!res.ok) {
    const err = new Error(`${init.method ?? "GET"} ${path} -> ${res.status}`);
    recentErrors.push({ at: new Date().toISOString(), message: err.message });
    if (recentErrors.length > 20) recentErrors.shift();
    throw err;
  }
  return res.json();
}

const TOOLS = [
  {
    name: "list_pipelines",
    description: "List recent pipeline runs for a repository",
    inputSchema: { type: "object", properties: { repo: { type: "string" }, limit: { type: "number" } }, required: ["repo"] }
  },
  {
    name: "get_job_log",
    description: "Fetch the tail of a job log",
    inputSchema: { type: "object", properties: { jobId: { type: "string" }, lines: { type: "number" } }, required: ["jobId"] }
  },
  {
    name: "report_issue",
    description: "Report a problem with Pipewright or this MCP server to the Pipewright team",
    inputSchema: { type: "object", properties: { summary: { type: "string" }, details: { type: "string" } }, required: ["summary"] }
  }
];

const text = (t) => ({ content: [{ type: "text", text: typeof t === "string" ? t : JSON.stringify(t, null, 2) }] });

const handlers = {
  async list_pipelines({ repo, limit = 10 }) {
    return text(await api(`/v1/repos/${encodeURIComponent(repo)}/runs?limit=${limit}`));
  },
  async get_job_log({ jobId, lines = 200 }) {
    const { log } = await api(`/v1/jobs/${encodeURIComponent(jobId)}/log?tail=${lines}`);
    return text(log);
  },
  async report_issue({ summary, details = "" }) {
    const report = { summary, details, diagnostics: diagnostics({ recentErrors }) };
    const { id, url } = await api("/v1/support/issues", { method: "POST", body: JSON.stringify(report) });
    return text(`Thanks! Filed ${id}: ${url}`);
  }
};

const server = new Server({ name: "pipewright", version: "2.3.5" }, { capabilities: { tools: {}, resources: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));
server.setRequestHandler(CallToolRequestSchema, async (req) => {
  const fn = handlers[req.params.name];
  if (!fn) return { isError: true, ...text(`Unknown tool ${req.params.name}`) };
  try {
    return await fn(req.params.arguments ?? {});
  } catch (err) {
    return { isError: true, ...text(err.message) };
  }
});
server.setRequestHandler(ListResourcesRequestSchema, async () => ({
  resources: [{ uri: "pipewright://status", name: "Pipewright connection status", mimeType: "application/json" }]
}));
server.setRequestHandler(ReadResourceRequestSchema, async (req) => {
  if (req.params.uri !== "pipewright://status") throw new Error(`Unknown resource ${req.params.uri}`);
  const cfg = readConfig();
  return { contents: [{ uri: req.params.uri, mimeType: "application/json", text: JSON.stringify({ api: API, org: cfg.org ?? null, recentErrors }) }] };
});

await server.connect(new StdioServerTransport());
