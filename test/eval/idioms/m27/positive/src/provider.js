import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const STORE = path.join(os.homedir(), ".tern", "mcp-auth.json");

async function readStore() {
  try {
    return JSON.parse(await fs.readFile(STORE, "utf8"));
  } catch {
    return {};
  }
}

async function writeStore(patch) {
  const next = { ...(await readStore()), ...patch };
  await fs.mkdir(path.dirname(STORE), { recursive: true });
  await fs.writeFile(STORE, JSON.stringify(next, null, 2), { mode: 0o600 });
}

/** OAuthClientProvider for a terminal: loopback redirect, tokens persisted per server. */
export class CliOAuthProvider {
  #server;
  #port;
  #device;

  constructor(serverUrl, port = 33418) {
    this.#server = new URL(serverUrl).origin;
    this.#port = port;
    const { username } = os.userInfo();
    this.#device = `${username}@${os.hostname()}`;
  }

  get redirectUrl() {
    return `http://127.0.0.1:${this.#port}/callback`;
  }

  get clientMetadata() {
    return {
      client_name: `Tern CLI (${this.#device})`,
      redirect_uris: [this.redirectUrl],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
      software_id: "dev.tern.cli",
      scope: "mcp:tools",
    };
  }

  async clientInformation() {
    return (await readStore())[this.#server]?.client;
  }

  async saveClientInformation(client) {
    const store = await readStore();
    await writeStore({ [this.#server]: { ...store[this.#server], client } });
  }

  async tokens() {
    return (await readStore())[this.#server]?.tokens;
  }

  async saveCodeVerifier(verifier) {
    const store = await readStore();
    await writeStore({ [this.#server]: { ...store[this.#server], verifier } });
  }

  async redirectToAuthorization(url) {
    console.error(`Open this URL to authorize Tern:\n  ${url}\n`);
  }
}
