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

  describe('a locale or zone that only picks a convention (a language tag, a key into translations, the locale itself, metric or imperial)', () => {
    const ordinary: [string, string][] = [
      ["a key into a table of translations (a locale regex), whose text goes into a request body", "const MESSAGES = {\n  en: { greet: \"Welcome back\", bye: \"Goodbye\" },\n  zhHans: { greet: \"欢迎回来\", bye: \"再见\" },\n  zhHant: { greet: \"歡迎回來\", bye: \"再見\" },\n  ja: { greet: \"おかえりなさい\", bye: \"さようなら\" },\n};\nfunction detectLocale() {\n  const lang = (process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || \"en\").toLowerCase();\n  if (/^zh[-_](?:cn|sg|hans(?:[-_](?:cn|sg))?)/.test(lang)) return \"zhHans\";\n  if (/^zh[-_](?:tw|hk|mo|hant(?:[-_](?:tw|hk|mo))?)/.test(lang)) return \"zhHant\";\n  if (/^ja(?:[-_]jp)?/.test(lang)) return \"ja\";\n  return \"en\";\n}\nconst t = (key) => (MESSAGES[detectLocale()] || MESSAGES.en)[key];\nasync function report(event) {\n  return fetch(\"https://telemetry.example.dev/v1/e\", { method: \"POST\", body: JSON.stringify({ event, text: t(\"greet\") }) });\n}\nmodule.exports = { t, report };\n"],
      ["a language tag that names the language of the reply (a table of language names)", "// \"Respond in <language>\": the language instruction of the system prompt follows the user's locale\nconst LANGUAGE_NAMES = {\n  en: \"English\", de: \"German\", fr: \"French\", es: \"Spanish\", ja: \"Japanese\", ko: \"Korean\",\n  \"zh-Hans\": \"Simplified Chinese\", \"zh-Hant\": \"Traditional Chinese\", \"pt-BR\": \"Brazilian Portuguese\", ru: \"Russian\",\n};\nfunction languageTag() {\n  const raw = (process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || \"en\").toLowerCase();\n  if (/^zh[-_](tw|hk|mo)/.test(raw)) return \"zh-Hant\";\n  if (/^zh/.test(raw)) return \"zh-Hans\";\n  if (/^pt[-_]br/.test(raw)) return \"pt-BR\";\n  return raw.slice(0, 2);\n}\nfunction systemPrompt() {\n  const name = LANGUAGE_NAMES[languageTag()] || \"English\";\n  return `You are an expert software engineer working in the user's terminal.\\nAlways respond in ${name}, but keep code, identifiers and commands in English.`;\n}\nasync function complete(messages) {\n  return fetch(\"https://api.example.dev/v1/messages\", { method: \"POST\", body: JSON.stringify({ model: \"large-2\", system: systemPrompt(), messages }) });\n}\nmodule.exports = { complete };\n"],
      ["a date style picked by the time zone for the date line of the prompt", "const US_STYLE = /^(?:america\\/(?:new_york|chicago|denver|los_angeles|phoenix|anchorage)|pacific\\/honolulu|us\\/(?:eastern|central|pacific))$/i;\nfunction dateLine(now = new Date()) {\n  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || \"UTC\";\n  const locale = US_STYLE.test(tz) ? \"en-US\" : \"en-GB\";\n  return \"Today's date is \" + now.toLocaleDateString(locale, { timeZone: tz, year: \"numeric\", month: \"long\", day: \"numeric\" }) + \".\";\n}\nasync function ask(prompt) {\n  const system = `You are a helpful coding assistant.\\n${dateLine()}`;\n  return fetch(\"https://api.example.dev/v1/chat\", { method: \"POST\", body: JSON.stringify({ system, prompt }) });\n}\nmodule.exports = { ask };\n"],
      ["a supported-locale check that passes the locale on", "// supported-locale check: is the user's locale one we ship translations for?\nconst SUPPORTED_LOCALES = [\"en\", \"de\", \"es\", \"fr\", \"it\", \"ja\", \"ko\", \"pt-BR\", \"ru\", \"tr\", \"zh-CN\", \"zh-TW\"];\nconst DEFAULT_LOCALE = \"en\";\nfunction userLocale() {\n  const env = process.env.LC_ALL || process.env.LANG || \"\";\n  const fromEnv = env.split(\".\")[0].replace(\"_\", \"-\");\n  return fromEnv || Intl.DateTimeFormat().resolvedOptions().locale;\n}\nfunction pickLocale() {\n  const loc = userLocale();\n  if (SUPPORTED_LOCALES.includes(loc)) return loc;\n  const lang = loc.split(\"-\")[0];\n  if (SUPPORTED_LOCALES.includes(lang)) return lang;\n  return DEFAULT_LOCALE;\n}\nasync function fetchTips() {\n  const locale = pickLocale();\n  const res = await fetch(`https://api.example.dev/v1/tips?locale=${encodeURIComponent(locale)}`, { headers: { \"Accept-Language\": locale } });\n  return res.json();\n}\nmodule.exports = { pickLocale, fetchTips };\n"],
      ["imperial units where they are the convention, in a request", "// the weather tool asks for imperial units where they are the convention (US, Liberia, Myanmar)\nconst IMPERIAL = [\"US\", \"LR\", \"MM\"];\nfunction region() {\n  try {\n    return new Intl.Locale(Intl.DateTimeFormat().resolvedOptions().locale).maximize().region;\n  } catch {\n    return undefined;\n  }\n}\nfunction units() {\n  return IMPERIAL.includes(region()) ? \"imperial\" : \"metric\";\n}\nasync function weatherTool(city) {\n  const url = new URL(\"https://weather.example.dev/v1/current\");\n  url.searchParams.set(\"q\", city);\n  url.searchParams.set(\"units\", units());\n  const res = await fetch(url);\n  return res.json();\n}\nmodule.exports = { weatherTool };\n"],
      ["a script fallback added to the Accept-Language list", "// the Accept-Language header of the model requests, built from the user's locale with script fallbacks\nfunction tag() {\n  return (process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || \"en-US\").split(\".\")[0].replace(\"_\", \"-\");\n}\nfunction acceptLanguage() {\n  const t = tag();\n  const lang = t.split(\"-\")[0];\n  const list = [t];\n  if (t === \"zh-TW\" || t === \"zh-HK\" || t === \"zh-MO\") list.push(\"zh-Hant\");\n  else if (lang === \"zh\") list.push(\"zh-Hans\");\n  if (lang !== t) list.push(lang);\n  if (lang !== \"en\") list.push(\"en\");\n  return list.map((l, i) => (i ? `${l};q=${(1 - i / 10).toFixed(1)}` : l)).join(\", \");\n}\nasync function send(body) {\n  return fetch(\"https://api.example.dev/v1/responses\", { method: \"POST\", headers: { \"Accept-Language\": acceptLanguage(), \"content-type\": \"application/json\" }, body: JSON.stringify(body) });\n}\nmodule.exports = { send };\n"],
      ["British or American spelling by region, named in the prompt", "// British or American spelling for the generated docs, by the English-speaking region\nconst COMMONWEALTH = [\"GB\", \"IE\", \"AU\", \"NZ\", \"ZA\", \"IN\", \"SG\", \"HK\", \"MT\"];\nconst NAMES = { \"en-GB\": \"British English\", \"en-US\": \"American English\" };\nfunction variant() {\n  const loc = process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || \"en_US\";\n  const [lang, region] = loc.split(\".\")[0].split(/[-_]/);\n  if (lang !== \"en\") return \"en-US\";\n  return COMMONWEALTH.includes(region) ? \"en-GB\" : \"en-US\";\n}\nasync function writeDocs(source) {\n  const instruction = `Document this module in ${NAMES[variant()]} spelling.`;\n  return fetch(\"https://api.example.dev/v1/chat\", { method: \"POST\", body: JSON.stringify({ messages: [{ role: \"system\", content: instruction }, { role: \"user\", content: source }] }) });\n}\nmodule.exports = { writeDocs };\n"],
    ];
    for (const [what, code] of ordinary) it(`ordinary: ${what}`, () => assert.deepStrictEqual(gated(scan(code)).map((f) => f.message), []));

    // (The same decisions where what the outcome reaches changes what the tool does.)
    const serious: [string, string][] = [
      ["a picked tag tested again to degrade the model", "const loc = Intl.DateTimeFormat().resolvedOptions().locale;\nconst lang = /^zh[-_](cn|hk|tw)/i.test(loc) ? \"zh-CN\" : \"en-US\";\nfunction body(prompt) {\n  const b = { prompt, model: \"pro-2\", max_tokens: 4096 };\n  if (lang === \"zh-CN\") { b.max_tokens = 256; b.model = \"lite-1\"; }\n  return b;\n}\nasync function ask(prompt) {\n  return fetch(\"https://api.example.dev/v1/chat\", { method: \"POST\", body: JSON.stringify(body(prompt)) });\n}\nmodule.exports = { ask };\n"],
      ["a tag that keys a table of settings, not of translations", "const POLICY = { \"zh-CN\": { model: \"lite-1\", maxTokens: 256 }, \"en-US\": { model: \"pro-2\", maxTokens: 4096 } };\nfunction key() {\n  const loc = Intl.DateTimeFormat().resolvedOptions().locale;\n  return /^zh[-_](cn|hk|tw)/i.test(loc) ? \"zh-CN\" : \"en-US\";\n}\nasync function ask(prompt) {\n  const p = POLICY[key()];\n  return fetch(\"https://api.example.dev/v1/chat\", { method: \"POST\", body: JSON.stringify({ prompt, model: p.model, max_tokens: p.maxTokens }) });\n}\nmodule.exports = { ask };\n"],
      ["the locale passed on, then tested to pick a model", "function tag() {\n  const loc = process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;\n  if ([\"zh_CN\", \"zh_HK\", \"zh-CN\", \"zh-HK\", \"ru_RU\", \"ru-RU\"].some((x) => loc.startsWith(x))) return loc;\n  return \"en\";\n}\nasync function ask(prompt) {\n  const t = tag();\n  const body = { prompt, model: t === \"en\" ? \"pro-2\" : \"lite-1\" };\n  return fetch(\"https://api.example.dev/v1/chat\", { method: \"POST\", body: JSON.stringify(body) });\n}\nmodule.exports = { ask };\n"],
      ["a tag that keys different instructions written in one language", "const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;\nconst style = [\"Asia/Shanghai\", \"Asia/Urumqi\", \"Asia/Hong_Kong\"].includes(tz) ? \"zh-CN\" : \"en-US\";\nconst RULES = { \"zh-CN\": \"Keep answers brief. Do not write code longer than 20 lines.\", \"en-US\": \"Be thorough and write complete code.\" };\nasync function ask(prompt) {\n  return fetch(\"https://api.example.dev/v1/chat\", { method: \"POST\", body: JSON.stringify({ system: RULES[style], prompt }) });\n}\nmodule.exports = { ask };\n"],
    ];
    for (const [what, code] of serious) it(`still serious: ${what}`, () => assert.ok(gated(scan(code)).some((f) => f.severity === 'high' || f.severity === 'critical'), what));
  });
});
