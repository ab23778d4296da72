/**
 * Candor in a real extension host: it is installed, it activates, and everything its manifest
 * promises (commands, views) is really there. Runs inside VS Code, so `vscode` is the real API.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'candor.candor';

interface Manifest {
  main?: string;
  activationEvents?: string[];
  contributes?: {
    commands?: Array<{ command: string; title: string }>;
    viewsContainers?: Record<string, Array<{ id: string; title: string }>>;
    views?: Record<string, Array<{ id: string; name: string; type?: string }>>;
  };
}

function candor(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded; loaded: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  return ext;
}

const manifest = (): Manifest => candor().packageJSON as Manifest;
const declaredViews = () => Object.values(manifest().contributes?.views ?? {}).flat();
const declaredContainers = () => Object.values(manifest().contributes?.viewsContainers ?? {}).flat();

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000}s waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Candor in the extension host', () => {
  it('is installed as candor.candor with an entry point', () => {
    const ext = candor();
    assert.strictEqual(ext.packageJSON.publisher, 'candor');
    assert.strictEqual(ext.packageJSON.name, 'candor');
    assert.ok(manifest().main, 'package.json has no "main"');
  });

  it('declares commands and views in its manifest', () => {
    assert.ok((manifest().contributes?.commands ?? []).length > 0, 'package.json contributes no commands');
    assert.ok(declaredViews().length > 0, 'package.json contributes no views');
  });

  it('activates when its view container is opened, without throwing', async () => {
    const ext = candor();
    for (const container of declaredContainers()) {
      await vscode.commands.executeCommand(`workbench.view.extension.${container.id}`);
    }
    if (declaredContainers().length > 0) {
      await until(() => ext.isActive, 30_000, `${EXTENSION_ID} activated after its view container was opened`);
    }
    // activate() rejects when the extension's activate() threw.
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('registers every command its manifest declares', async () => {
    await candor().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = (manifest().contributes?.commands ?? []).map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `declared in package.json but not registered: ${missing.join(', ')}`);
  });

  it('has a view container for every declared view container', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declaredContainers()
      .map((c) => `workbench.view.extension.${c.id}`)
      .filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, []);
  });

  it('shows every declared view', async () => {
    await candor().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const view of declaredViews()) {
      // VS Code registers `<view id>.focus` for each view it knows; focusing resolves the view.
      assert.ok(registered.has(`${view.id}.focus`), `view ${view.id} is declared but VS Code has no such view`);
      await vscode.commands.executeCommand(`${view.id}.focus`);
    }
  });
});

describe('Candor files in the editor', () => {
  it("validates candor.policy.json against Candor's schema as it is edited", async function () {
    this.timeout(60_000);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace has no folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'candor.policy.json');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('{\n  "failOn": ["no-such-rule"],\n  "failOnUnreviewedAlerts": "yes"\n}\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      // The built-in JSON language service validates with the schema package.json registers.
      const messages = () => vscode.languages.getDiagnostics(uri).map((d) => d.message);
      await until(() => messages().length >= 2, 45_000, "the editor flags both mistakes in candor.policy.json");
      assert.ok(messages().some((m) => /boolean/i.test(m)), `no diagnostic says failOnUnreviewedAlerts must be a boolean: ${JSON.stringify(messages())}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
