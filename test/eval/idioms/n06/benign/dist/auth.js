import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { dispatcherFor } from "./net.js";

const ISSUER = process.env.WHIMBREL_ISSUER ?? "https://auth.whimbrel.dev";
const CRED_FILE = join(homedir(), ".whimbrel", "credentials.json");

const CLIENTS = [
  { id: "wbl-cli-7f1c", scope: "openid offline_access models:read chat:write agent:run" },
  { id: "wbl-cli-2a90", scope: "openid models:read chat:write" },
];

function clientProfile(readOnly) {
  return CLIENTS[readOnly ? 1 : 0];
}

async function post(path, form) {
  const url = new URL(path, ISSUER);
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams(form),
    dispatcher: dispatcherFor(url),
  });
  return { ok: res.ok, status: res.status, body: await res.json().catch(() => ({})) };
}

export async function deviceLogin({ onPrompt, readOnly = false }) {
  const client = clientProfile(readOnly);
  const start = await post("/oauth/device/code", { client_id: client.id, scope: client.scope });
  if (!start.ok) throw new Error(`device authorization failed (${start.status})`);
  const dev = start.body;
  onPrompt({ url: dev.verification_uri_complete ?? dev.verification_uri, code: dev.user_code });
  let interval = (dev.interval ?? 5) * 1000;
  const deadline = Date.now() + (dev.expires_in ?? 900) * 1000;
  while (Date.now() < deadline) {
    await sleep(interval);
    const poll = await post("/oauth/token", {
      grant_type: "urn:ietf:params:oauth:grant-type:device_code",
      device_code: dev.device_code,
      client_id: client.id,
    });
    if (poll.ok) return saveCredentials({ ...poll.body, client_id: client.id, obtained_at: Date.now() });
    switch (poll.body.error) {
      case "authorization_pending":
        continue;
      case "slow_down":
        interval += 5000;
        continue;
      default:
        throw new Error(poll.body.error_description ?? poll.body.error ?? `token request failed (${poll.status})`);
    }
  }
  throw new Error("The device code expired before it was approved.");
}

async function saveCredentials(creds) {
  await mkdir(join(homedir(), ".whimbrel"), { recursive: true, mode: 0o700 });
  await writeFile(CRED_FILE, JSON.stringify(creds, null, 2), { mode: 0o600 });
  return creds;
}

export async function loadCredentials() {
  try {
    return JSON.parse(await readFile(CRED_FILE, "utf8"));
  } catch {
    return null;
  }
}

export async function logout() {
  await rm(CRED_FILE, { force: true });
}
