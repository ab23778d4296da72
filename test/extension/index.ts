/**
 * Entry point VS Code loads in the extension host (`extensionTestsPath`), both under code-server
 * (`npm run test:extension`) and under @vscode/test-electron (`npm run test:electron`): runs every
 * compiled `*.test.js` next to this file with mocha and rejects when a test fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as util from 'util';

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(p));
    else if (entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export function run(): Promise<void> {
  // The extension host forwards console.log's arguments without printf formatting; format here so
  // the spec reporter's "%s" and "%d" come out as text.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.CANDOR_EXTENSION_GREP;
  if (grep) mocha.grep(grep);
  const files = testFiles(__dirname);
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files under ${__dirname}`));
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
