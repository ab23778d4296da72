import * as assert from 'assert';
import raw from '../../../src/host/catalog/tools.json';
import { CatalogError, getCatalog, loadCatalog } from '../../../src/host/catalog';
import { identifyExtension } from '../../../src/host/discovery';

describe('tool catalog', () => {
  it('loads, validates and indexes the shipped catalog', () => {
    const c = getCatalog();
    assert.strictEqual(c.version, 1);
    const extensionIds = [
      'github.copilot', 'github.copilot-chat', 'anthropic.claude-code', 'saoudrizwan.claude-dev', 'rooveterinaryinc.roo-cline',
      'kilocode.kilo-code', 'continue.continue', 'google.geminicodeassist', 'amazonwebservices.amazon-q-vscode', 'sourcegraph.cody-ai',
      'tabnine.tabnine-vscode', 'codeium.codeium', 'qwenlm.qwen-code-vscode-ide-companion', 'alibaba-cloud.tongyi-lingma',
      'aminer.codegeex', 'baidu.comate', 'marscode.marscode-extension', 'openai.chatgpt',
    ];
    for (const id of extensionIds) assert.ok(c.byExtensionId(id), id);
    assert.strictEqual(c.byExtensionId('Anthropic.Claude-Code')?.id, 'claude-code', 'extension ids are case-insensitive');
    for (const bin of ['claude', 'gemini', 'qwen', 'codex', 'copilot', 'cline', 'kilocode', 'auggie', 'amp', 'opencode', 'cursor-agent', 'cn', 'aider']) {
      assert.ok(c.byBinary(bin), bin);
    }
    assert.strictEqual(c.byBinary('claude.cmd')?.id, 'claude-code');
    for (const [pkg, id] of [
      ['@anthropic-ai/claude-code', 'claude-code'],
      ['@google/gemini-cli', 'gemini-cli'],
      ['@qwen-code/qwen-code', 'qwen-code'],
      ['@openai/codex', 'openai-codex'],
      ['@github/copilot', 'github-copilot-cli'],
      ['@augmentcode/auggie', 'augment'],
      ['@sourcegraph/amp', 'amp'],
      ['opencode-ai', 'opencode'],
      ['@continuedev/cli', 'continue'],
    ]) {
      assert.strictEqual(c.byNpmPackage(pkg)?.id, id, pkg);
    }
    const claude = c.byId('claude-code')!;
    assert.ok(claude.firstPartyHosts.includes('api.anthropic.com'));
    assert.ok(claude.nativeLocations.some((l) => l.path === '~/.local/share/claude/versions/*' && l.versionFrom === 'basename'));
    const optOuts = claude.optOuts.map((o) => o.name);
    for (const o of ['DISABLE_TELEMETRY', 'CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC', 'DISABLE_ERROR_REPORTING']) assert.ok(optOuts.includes(o), o);
    const gemini = c.byId('gemini-cli')!;
    assert.ok(gemini.optOuts.some((o) => o.name === 'GEMINI_TELEMETRY_ENABLED'));
    assert.ok(gemini.optOuts.some((o) => o.name === 'telemetry.enabled'));
    assert.ok(c.byId('qwen-code')!.firstPartyHosts.includes('dashscope.aliyuncs.com'));
    assert.ok(c.byId('github-copilot')!.optOuts.some((o) => o.name === 'telemetry.telemetryLevel'));
    for (const t of c.tools) assert.ok(t.disclosures.length > 0, `${t.id} has a disclosure link`);
  });

  it('refuses malformed catalog data with a message naming the problem', () => {
    const clone = () => JSON.parse(JSON.stringify(raw)) as { version: number; tools: Array<Record<string, unknown>> };
    const wrongVersion = clone();
    wrongVersion.version = 2;
    assert.throws(() => loadCatalog(wrongVersion), /version 2/);
    const dup = clone();
    dup.tools.push({ ...dup.tools[0] });
    assert.throws(() => loadCatalog(dup), CatalogError);
    const badKind = clone();
    badKind.tools[0].kind = 'daemon';
    assert.throws(() => loadCatalog(badKind), /kind/);
    const badHost = clone();
    badHost.tools[0].firstPartyHosts = ['https://not-a-host/'];
    assert.throws(() => loadCatalog(badHost), /not well formed/);
    const badUrl = clone();
    badUrl.tools[0].disclosures = [{ title: 't', url: 'javascript:alert(1)' }];
    assert.throws(() => loadCatalog(badUrl), /url/);
  });
});

describe('identifyExtension', () => {
  it('identifies catalog extensions with vendor, hosts and version', () => {
    const t = identifyExtension({ publisher: 'GitHub', name: 'copilot-chat', version: '0.31.2', displayName: '%displayName%' }, '/x/github.copilot-chat-0.31.2', 'vscode.extensions');
    assert.ok(t);
    assert.strictEqual(t.identity.id, 'github.copilot-chat');
    assert.strictEqual(t.identity.name, 'GitHub Copilot Chat');
    assert.strictEqual(t.identity.version, '0.31.2');
    assert.strictEqual(t.identity.vendor, 'GitHub');
    assert.strictEqual(t.identity.kind, 'extension');
    assert.strictEqual(t.identity.catalogId, 'github-copilot-chat');
    assert.strictEqual(t.identity.foundBy, 'vscode.extensions');
    assert.deepStrictEqual(t.artifacts, ['/x/github.copilot-chat-0.31.2']);
    assert.ok(t.firstPartyHosts?.includes('githubcopilot.com'));
  });

  it('recognises unknown AI extensions from what they contribute, their categories and keywords', () => {
    const base = { publisher: 'acme', name: 'helper', version: '1.0.0' };
    for (const contributes of [
      { chatParticipants: [{ id: 'acme.helper' }] },
      { languageModelTools: [{ name: 'x' }] },
      { languageModelChatProviders: [{ vendor: 'acme' }] },
      { mcpServerDefinitionProviders: [{ id: 'x' }] },
    ]) {
      const t = identifyExtension({ ...base, contributes }, '/p', 'test');
      assert.ok(t, JSON.stringify(contributes));
      assert.strictEqual(t.identity.catalogId, undefined);
      assert.match(t.reasons!.join(), /contributes\./);
    }
    assert.ok(identifyExtension({ ...base, categories: ['AI'] }, '/p', 'test'));
    assert.ok(identifyExtension({ ...base, categories: ['Machine Learning'] }, '/p', 'test'));
    assert.ok(identifyExtension({ ...base, keywords: ['LLM'] }, '/p', 'test'));
    assert.ok(identifyExtension({ ...base, keywords: ['ai', 'agent'] }, '/p', 'test'));
  });

  it('leaves ordinary extensions and malformed manifests alone', () => {
    const base = { publisher: 'acme', name: 'theme', version: '1.0.0' };
    assert.strictEqual(identifyExtension({ ...base, categories: ['Themes'], keywords: ['ai', 'dark'] }, '/p', 't'), undefined);
    assert.strictEqual(identifyExtension({ ...base, contributes: { chatParticipants: [] } }, '/p', 't'), undefined);
    for (const bad of [null, 42, 'str', [], { name: 'x' }, { publisher: '../..', name: 'x', contributes: { chatParticipants: [{}] } }, { publisher: 'a', name: { toString: 1 } }]) {
      assert.strictEqual(identifyExtension(bad, '/p', 't'), undefined, JSON.stringify(bad));
    }
    const hostile = identifyExtension({ publisher: 'acme', name: 'bot', version: '1.0.0\u001b[31m', displayName: 'Bot\u202e', keywords: ['copilot'] }, '/p', 't');
    assert.ok(hostile);
    assert.ok(!/[\u001b\u202e]/.test(hostile.identity.name + hostile.identity.version));
  });
});
