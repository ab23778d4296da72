#!/usr/bin/env node
import { auth, UnauthorizedError } from "./auth.js";
import { CliOAuthProvider } from "./provider.js";

async function initialize(serverUrl, token) {
  const res = await fetch(serverUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "tern", version: "0.4.0" } },
    }),
  });
  if (res.status === 401) throw new UnauthorizedError("authorization required");
  if (!res.ok) throw new Error(`initialize failed: HTTP ${res.status}`);
  return res.headers.get("mcp-session-id");
}

async function main() {
  const serverUrl = process.argv[2];
  if (!serverUrl) {
    console.error("usage: tern-mcp <server-url>");
    return 2;
  }
  const provider = new CliOAuthProvider(serverUrl);
  try {
    const session = await initialize(serverUrl, (await provider.tokens())?.access_token);
    console.log(`connected (session ${session ?? "stateless"})`);
    return 0;
  } catch (err) {
    if (!(err instanceof UnauthorizedError)) throw err;
    const result = await auth(provider, { serverUrl });
    if (result === "REDIRECT") console.error("Waiting for the browser to finish… re-run once authorized.");
    return result === "AUTHORIZED" ? 0 : 3;
  }
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`tern-mcp: ${err.message}`);
  process.exitCode = 1;
});
