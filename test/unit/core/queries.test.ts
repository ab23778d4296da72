import * as assert from 'assert';
import { analyzeSource } from '../../../src/core/analyze';
import type { Finding } from '../../../src/core/model';
import { RULES } from '../../../src/core/rules/meta';
import { DECISION_QUERIES } from '../../../src/core/rules/queries';
import type { DecisionQuery } from '../../../src/core/rules/query';
import type { FlowQuery } from '../../../src/core/rules/flows';
import { FLOW_QUERIES } from '../../../src/core/rules/queries';
import { CHECKS } from '../../../src/core/rules';

/*
 * Rules are queries over the engine's value flow: they name sources, classes of list and effects.
 * These tests hold the built-in queries to what their files say, and show that a new rule is one
 * small declaration — the engine follows the value, evaluates the list and finds what changes.
 */

function scan(code: string, queries?: DecisionQuery[], flows?: FlowQuery[]): Finding[] {
  const r = analyzeSource('x.js', code, { firstPartyHosts: ['api.anthropic.com'], queries, flows });
  assert.strictEqual(r.error, undefined, r.error?.reason);
  return r.findings;
}

const gated = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'env-gated-behavior');

describe('rules as queries', () => {
  it('every built-in query reports under a rule in the rule table, and the checks list every rule they report', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const q of [...DECISION_QUERIES, ...FLOW_QUERIES]) assert.ok(ids.has(q.rule), `${q.name} reports under ${q.rule}`);
    const reported = new Set(CHECKS.flatMap((c) => c.reports));
    for (const q of [...DECISION_QUERIES, ...FLOW_QUERIES]) assert.ok(reported.has(q.rule));
  });

  it('names the query that matched each decision: time zone, vendor list, identity and locale', () => {
    const cases: [string, string][] = [
      ['const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;\nif (tz === "Asia/Shanghai" || tz === "Asia/Urumqi") throw new Error("unavailable");', 'region-by-time-zone'],
      ['const u = new URL(process.env.OPENAI_BASE_URL).hostname;\nif (["api.deepseek.com", "api.moonshot.cn"].some((h) => u.endsWith(h))) process.exit(1);', 'vendor-by-endpoint'],
      ['const tld = require("os").hostname().split(".").pop().toUpperCase();\nif (["CN", "RU", "IR"].includes(tld)) throw new Error("unavailable");', 'region-by-identity'],
      ['const lang = process.env.LANG || "";\nif (lang.startsWith("zh_CN")) throw new Error("This model is not available in your region");', 'region-by-locale'],
    ];
    for (const [code, query] of cases) {
      const fs = gated(scan(code));
      assert.strictEqual(fs.length, 1, code);
      assert.strictEqual(fs[0].details?.query, query, code);
    }
  });

  it("a zone's pick of a short word for its own log line is formatting; a sentence printed in place of another, or a word sent, is not", () => {
    const code = (picks: string, use: string) => `const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const ZONES = ["Asia/Shanghai", "Asia/Urumqi", "Europe/Moscow"];
const style = ZONES.indexOf(zone) >= 0 ? ${picks};
${use}`;
    const log = 'if (process.env.DEBUG) console.error(`[${new Date().toISOString()} ${style}] starting`);';
    assert.deepStrictEqual(gated(scan(code('"12h" : "24h"', log))), []);
    assert.strictEqual(gated(scan(code('"The service is busy right now, try again later." : "Connected."', 'console.log(style);'))).length, 1, 'a message of its own');
    assert.strictEqual(gated(scan(code('"12h" : "24h"', `${log}\nfetch("https://api.example.dev/v1/chat", { method: "POST", headers: { "x-clock": style } });`))).length, 1, 'sent as well');
  });

  it("a vendor check that only changes the program's debug output is diagnostics; the same check changing what it prints to every user, or sends, is not", () => {
    const code = (use: string) => `const os = require("os");
const PEERS = ["openai.com", "anthropic.com", "deepseek.com", "moonshot.cn", "bigmodel.cn"];
function describe() {
  const domain = os.hostname().split(".").slice(1).join(".");
  return { domain, peer: PEERS.find((d) => domain === d || domain.endsWith("." + d)) || null };
}
const org = describe();
${use}`;
    const line = 'console.error(`workstation domain: ${org.domain}${org.peer ? " (managed)" : ""}`);';
    assert.deepStrictEqual(gated(scan(code(`if (process.env.OSPREY_DEBUG) ${line}`))), [], 'an environment switch');
    assert.deepStrictEqual(gated(scan(code(`const options = { verbose: process.argv.includes("-v") };\noptions.verbose && ${line}`))), [], 'an option');
    assert.strictEqual(gated(scan(code(line))).length, 1, 'printed to every user');
    assert.strictEqual(gated(scan(code(`if (!process.env.OSPREY_DEBUG) ${line}`))).length, 1, 'printed unless debugging');
    assert.strictEqual(gated(scan(code(`const options = { verbose: process.argv.includes("-v"), quiet: process.argv.includes("-q") };\nif (options.verbose || !options.quiet) ${line}`))).length, 1, 'printed unless quiet');
    assert.strictEqual(gated(scan(code(`if (process.env.OSPREY_DEBUG === undefined) ${line}`))).length, 1, 'printed when the switch is unset');
    assert.strictEqual(gated(scan(code(`if (process.argv.includes("--no-verbose")) ${line}`))).length, 1, 'a flag that turns it off');
    assert.strictEqual(gated(scan(code(`if (process.env.OSPREY_DEBUG) ${line}\nif (org.peer) process.exit(3);`))).length, 1, 'and an exit');
  });

  it('a locale query without its required effects records the decision but reports nothing (translations)', () => {
    const code = 'const lang = process.env.LANG || "";\nconst greeting = lang.startsWith("zh_CN") ? "\u4f60\u597d" : "Hello";\nconsole.log(greeting);';
    assert.deepStrictEqual(gated(scan(code)), []);
  });

  it('the tool’s own vendor does not count towards a vendor list: one other vendor in plain text is not enough', () => {
    const code = 'const u = new URL(process.env.ANTHROPIC_BASE_URL).hostname;\nif (["api.anthropic.com", "api.deepseek.com"].includes(u)) process.exit(1);';
    assert.deepStrictEqual(gated(scan(code)), []);
    // …but hidden by encoding, one other vendor is.
    const hidden = 'const u = new URL(process.env.ANTHROPIC_BASE_URL).hostname;\nconst list = Buffer.from("' + Buffer.from('api.anthropic.com,api.deepseek.com').toString('base64') + '", "base64").toString().split(",");\nif (list.includes(u)) process.exit(1);';
    const fs = gated(scan(hidden));
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(fs[0].severity, 'critical');
  });

  it('a new rule is one declaration: sources, a list by pattern, effects — the engine does the rest', () => {
    const orgGate: DecisionQuery = {
      name: 'staff-by-git-email',
      rule: 'org-gated-behavior',
      meta: {
        id: 'org-gated-behavior',
        name: 'Behaviour gated on the user’s employer',
        category: 'gating',
        defaultSeverity: 'high',
        description: 'The git e-mail compared with a list of company domains.',
        rationale: 'Treating a company’s staff differently should be disclosed.',
        looksFor: ['git config user.email compared with e-mail domains'],
        alert: true,
      },
      decides: 'vendor',
      sources: ['git-identity'],
      lists: [{ matching: /^@[a-z0-9-]+\.(example|test)$/g, atLeast: 2 }],
      requires: ['exit', 'throw', 'request'],
      severity: 'high',
      critical: ['decoded'],
    };
    // The list is hidden (char codes), held in a module constant, and the value travels through a
    // helper's return and a parameter: nothing in the query describes any of that.
    const code = [
      'const { execSync } = require("child_process");',
      'function who() { return execSync("git config user.email").toString().trim().toLowerCase(); }',
      'const DOMAINS = [[64,97,99,109,101,46,101,120,97,109,112,108,101],[64,103,108,111,98,101,120,46,116,101,115,116]].map((c) => String.fromCharCode(...c));',
      'function staff(email) { return DOMAINS.some((d) => email.endsWith(d)); }',
      'if (staff(who())) { throw new Error("not available"); }',
    ].join('\n');
    assert.deepStrictEqual(gated(scan(code)).concat(scan(code).filter((f) => f.ruleId === 'org-gated-behavior')), [], 'nothing without the query');
    const fs = scan(code, [orgGate]).filter((f) => f.ruleId === 'org-gated-behavior');
    assert.strictEqual(fs.length, 1);
    const f = fs[0];
    assert.deepStrictEqual([...f.values].sort(), ['@acme.example', '@globex.test']);
    assert.strictEqual(f.severity, 'critical', 'the list was decoded');
    assert.strictEqual(f.category, 'gating');
    assert.match(f.message, /refuses|throws/);
    const roles = f.trace.map((s) => s.role);
    assert.ok(roles.includes('source') && roles.includes('condition') && roles.includes('effect'), roles.join(','));
    // The same code without its effect is recorded, not reported: `requires` holds.
    const quiet = code.replace('throw new Error("not available");', 'console.log("hi");');
    assert.deepStrictEqual(scan(quiet, [orgGate]).filter((x) => x.ruleId === 'org-gated-behavior'), []);
  });

  it('identity reaching a request is the identity-sent flow query: sources, sink, where it goes', () => {
    const code = 'const os = require("os");\nconst who = { host: os.hostname(), user: os.userInfo().username };\nfetch("https://t.example/v1/register", { method: "POST", body: JSON.stringify(who) });';
    const fs = scan(code).filter((f) => f.ruleId === 'host-identity-sent');
    assert.strictEqual(fs.length, 1);
    assert.strictEqual(fs[0].details?.query, 'identity-sent');
    assert.strictEqual(fs[0].details?.destination, 't.example');
    assert.deepStrictEqual(fs[0].values, ['os.hostname()', 'os.userInfo()']);
    assert.strictEqual(fs[0].severity, 'high');
  });

  it('a new flow rule is one declaration too: the time zone followed into a request body', () => {
    const tzSent: FlowQuery = {
      name: 'time-zone-sent',
      rule: 'time-zone-sent',
      meta: { id: 'time-zone-sent', name: 'Time zone sent', category: 'network', defaultSeverity: 'medium', description: 'The time zone reaches a request.', rationale: 'Where the user is, sent.', looksFor: ['the time zone in a request'], alert: true },
      sources: ['timezone'],
      sinks: ['request'],
      severity: 'medium',
    };
    const code = [
      'class Meta { constructor() { this.zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } toJSON() { return { zone: this.zone, v: 1 }; } }',
      'function payload(m) { return JSON.stringify({ meta: m.toJSON(), at: Date.now() }); }',
      'fetch("https://t.example/collect", { method: "POST", body: payload(new Meta()) });',
    ].join('\n');
    assert.deepStrictEqual(scan(code).filter((f) => f.ruleId === 'time-zone-sent' || f.ruleId === 'host-identity-sent'), [], 'nothing without the query');
    const fs = scan(code, undefined, [tzSent]).filter((f) => f.ruleId === 'time-zone-sent');
    assert.strictEqual(fs.length, 1, JSON.stringify(scan(code, undefined, [tzSent]).map((f) => f.message)));
    assert.strictEqual(fs[0].details?.destination, 't.example');
    assert.ok(fs[0].trace.some((s) => s.role === 'source') && fs[0].trace.at(-1)?.role === 'effect');
  });
});
