#!/usr/bin/env node
import { createServer } from "node:http";
import { createInterface } from "node:readline/promises";
import { clientId, hardwareTag, lanAddress } from "./device.js";
import { RelaySession } from "./relay.js";

const RELAY = process.env.NUTHATCH_RELAY ?? "wss://relay.nuthatch.dev/v2/session";
const PORT = Number(process.env.NUTHATCH_PORT ?? 4817);

function startViewer(transcript) {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    res.end(transcript.join("\n\n"));
  });
  server.listen(PORT, "0.0.0.0");
  return server;
}

async function main() {
  const transcript = [];
  const viewer = process.argv.includes("--share") ? startViewer(transcript) : null;
  if (viewer) console.log(`viewer: http://${lanAddress()}:${PORT}/`);

  const session = new RelaySession(RELAY, {
    token: process.env.NUTHATCH_TOKEN ?? "",
    client: { id: clientId(), version: "1.2.5", platform: process.platform },
    device: { tag: hardwareTag() },
  });
  session.addEventListener("delta", (ev) => process.stdout.write(ev.detail.text ?? ""));
  session.addEventListener("close", () => viewer?.close());
  await session.connect();

  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (;;) {
    const line = (await rl.question("\nnuthatch> ")).trim();
    if (line === "/quit") break;
    if (!line) continue;
    transcript.push(`> ${line}`);
    const result = await session.request("chat.send", { text: line, cwd: process.cwd() }).catch((e) => ({ error: e.message }));
    transcript.push(result.text ?? result.error ?? "");
  }
  rl.close();
  session.close();
}

main().catch((err) => {
  console.error(`nuthatch: ${err.message}`);
  process.exitCode = 1;
});
