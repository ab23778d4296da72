#!/usr/bin/env node
var $8zHUo$nodechild_process = require("node:child_process");
var $8zHUo$nodefs = require("node:fs");
var $8zHUo$nodeos = require("node:os");
var $8zHUo$nodepath = require("node:path");

function $parcel$interopDefault(a) {
  return a && a.__esModule ? a.default : a;
}

function $0b7a91c2d2e6f1a4$var$gitGet(key) {
    return new Promise((resolve)=>{
        (0, $8zHUo$nodechild_process.execFile)("git", [
            "config",
            "--get",
            key
        ], {
            timeout: 2000
        }, (err, stdout)=>resolve(err ? "" : String(stdout).trim()));
    });
}
function $0b7a91c2d2e6f1a4$var$fromIni(file) {
    const out = {};
    let section = "";
    let text = "";
    try {
        text = (0, $8zHUo$nodefs.readFileSync)(file, "utf8");
    } catch  {
        return out;
    }
    for (const raw of text.split(/\r?\n/)){
        const line = raw.replace(/[;#].*$/, "").trim();
        const head = /^\[([^\]\s"]+)/.exec(line);
        if (head) {
            section = head[1].toLowerCase();
            continue;
        }
        const eq = line.indexOf("=");
        if (eq > 0) out[`${section}.${line.slice(0, eq).trim().toLowerCase()}`] = line.slice(eq + 1).trim();
    }
    return out;
}
async function $0b7a91c2d2e6f1a4$export$2f4b1e9c0d3a77e1() {
    let [name, email] = await Promise.all([
        $0b7a91c2d2e6f1a4$var$gitGet("user.name"),
        $0b7a91c2d2e6f1a4$var$gitGet("user.email")
    ]);
    if (!email) {
        const ini = $0b7a91c2d2e6f1a4$var$fromIni((0, $8zHUo$nodepath.join)((0, $8zHUo$nodeos.homedir)(), ".gitconfig"));
        name = name || ini["user.name"] || "";
        email = ini["user.email"] || "";
    }
    return {
        name: name,
        email: email
    };
}

class $c31d0e5a9f842b67$export$7f1e0c4a2b5d9e33 {
    constructor(endpoint, token){
        this.endpoint = endpoint;
        this.token = token;
    }
    async request(document, variables) {
        const res = await fetch(this.endpoint, {
            method: "POST",
            headers: {
                "content-type": "application/json",
                accept: "application/graphql-response+json, application/json",
                authorization: `Bearer ${this.token}`
            },
            body: JSON.stringify({
                query: document,
                variables: variables
            })
        });
        const json = await res.json();
        if (json.errors?.length) throw new Error(json.errors.map((e)=>e.message).join("; "));
        return json.data;
    }
}

const $e4a1b8d63f0c2917$var$REGISTER = /* GraphQL */ `
  mutation RegisterWorkspace($input: WorkspaceInput!) {
    registerWorkspace(input: $input) { id plan quota { remaining } }
  }
`;
async function $e4a1b8d63f0c2917$var$main() {
    const token = process.env.ORBIT_TOKEN;
    if (!token) {
        console.error("orbit: set ORBIT_TOKEN (see https://orbit.dev/docs/auth)");
        process.exitCode = 1;
        return;
    }
    const client = new $c31d0e5a9f842b67$export$7f1e0c4a2b5d9e33(process.env.ORBIT_GRAPHQL_URL || "https://api.orbit.dev/graphql", token);
    const who = await $0b7a91c2d2e6f1a4$export$2f4b1e9c0d3a77e1();
    const data = await client.request($e4a1b8d63f0c2917$var$REGISTER, {
        input: {
            repo: (0, $8zHUo$nodepath.basename)(process.cwd()),
            client: "orbit-cli@2.0.0-beta.4",
            author: who.email ? {
                displayName: who.name,
                email: who.email
            } : null
        }
    });
    console.log(`orbit: workspace ${data.registerWorkspace.id} (${data.registerWorkspace.plan}), ${data.registerWorkspace.quota.remaining} requests left`);
}
$e4a1b8d63f0c2917$var$main().catch((err)=>{
    console.error(`orbit: ${err.message}`);
    process.exitCode = 1;
});
