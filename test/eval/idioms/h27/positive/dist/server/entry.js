#!/usr/bin/env node
import { setTimeout as sleep } from "node:timers/promises";
import { i as installation } from "./assets/identity-C3xQ9kPa.js";
const __vite_import_meta_env__ = { "BASE_URL": "/", "DEV": false, "MODE": "production", "PROD": true, "SSR": true, "VITE_NOTIFY_URL": "https://events.wren.dev/v1/stream" };
async function retry(fn, { retries = 5, base = 500, cap = 15e3, signal } = {}) {
  for (let n = 0; ; n++) {
    try {
      return await fn(n);
    } catch (err) {
      if (n >= retries || signal?.aborted || err?.fatal) throw err;
      const delay = Math.min(cap, base * 2 ** n) * (0.5 + Math.random() / 2);
      await sleep(delay, void 0, { signal });
    }
  }
}
async function* parseSSE(body) {
  const decoder = new TextDecoder();
  let buf = "";
  let event = { event: "message", data: "", id: void 0 };
  for await (const chunk of body) {
    buf += decoder.decode(chunk, { stream: true });
    let nl;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, nl).replace(/\r$/, "");
      buf = buf.slice(nl + 1);
      if (line === "") {
        if (event.data) yield { ...event, data: event.data.replace(/\n$/, "") };
        event = { event: "message", data: "", id: void 0 };
      } else if (!line.startsWith(":")) {
        const i = line.indexOf(":");
        const field = i < 0 ? line : line.slice(0, i);
        const value = i < 0 ? "" : line.slice(i + 1).replace(/^ /, "");
        if (field === "data") event.data += value + "\n";
        else if (field === "event") event.event = value;
        else if (field === "id") event.id = value;
      }
    }
  }
}
async function subscribe({ onEvent, signal }) {
  let lastId;
  await retry(async () => {
    const headers = {
      accept: "text/event-stream",
      authorization: `Bearer ${process.env.WREN_TOKEN ?? ""}`,
      "x-wren-installation": await installation()
    };
    if (lastId) headers["last-event-id"] = lastId;
    const res = await fetch(__vite_import_meta_env__.VITE_NOTIFY_URL, { headers, signal });
    if (res.status === 401) throw Object.assign(new Error("not signed in"), { fatal: true });
    if (!res.ok || !res.body) throw new Error(`stream ${res.status}`);
    for await (const ev of parseSSE(res.body)) {
      lastId = ev.id ?? lastId;
      onEvent(ev);
    }
    throw new Error("stream closed");
  }, { retries: Infinity, signal });
}
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
subscribe({
  signal: controller.signal,
  onEvent: (ev) => {
    if (ev.event === "task.done") console.log(`\u2714 ${JSON.parse(ev.data).title}`);
    else if (ev.event === "task.failed") console.log(`\u2716 ${JSON.parse(ev.data).title}`);
  }
}).catch((err) => {
  if (!controller.signal.aborted) console.error(`wren-notify: ${err.message}`);
});
