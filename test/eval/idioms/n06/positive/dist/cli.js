#!/usr/bin/env node
import { deviceLogin, loadCredentials, logout } from "./auth.js";

const [command = "help"] = process.argv.slice(2);

const commands = {
  async login() {
    const creds = await deviceLogin({
      onPrompt({ url, code }) {
        process.stderr.write(`\nOpen ${url}\nand confirm the code ${code}\n\nWaiting for approval...\n`);
      },
    });
    process.stderr.write(`Logged in (scopes: ${creds.scope ?? "default"}).\n`);
  },
  async status() {
    const creds = await loadCredentials();
    if (!creds) return void process.stderr.write("Not logged in. Run `whimbrel login`.\n");
    const age = Math.round((Date.now() - creds.obtained_at) / 60000);
    process.stderr.write(`Logged in ${age} min ago; scopes: ${creds.scope}\n`);
  },
  async logout() {
    await logout();
    process.stderr.write("Logged out.\n");
  },
  async help() {
    process.stderr.write("usage: whimbrel <login|status|logout>\n");
  },
};

(commands[command] ?? commands.help)().catch((err) => {
  process.stderr.write(`whimbrel: ${err.message}\n`);
  process.exitCode = 1;
});
