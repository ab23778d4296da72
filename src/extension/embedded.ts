import * as fs from 'fs';
import * as vscode from 'vscode';
import { expandInput } from '../host/artifacts';
import { Schemes } from './commands';
import { splitEmbedded } from './support/summary';

const MAX_CACHED_CHARS = 96 * 1024 * 1024;

/**
 * Read-only files for sources embedded in containers (VSIX, Bun and SEA executables), under their
 * virtual paths (`/x/claude!/$bunfs/root/cli.js`). Each read re-extracts from the container
 * through the same code the scan used; extracted text is kept in memory, bounded.
 */
export class EmbeddedFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  private readonly texts = new Map<string, string>();
  private chars = 0;

  static uriFor(virtualPath: string): vscode.Uri {
    return vscode.Uri.from({ scheme: Schemes.embedded, path: virtualPath });
  }

  /** A real path or an embedded one, as a URI the editor can open. */
  static originalUri(p: string): vscode.Uri {
    return splitEmbedded(p) ? EmbeddedFileSystem.uriFor(p) : vscode.Uri.file(p);
  }

  /** The text at a finding's path: re-extracted for embedded sources, read from disk otherwise. */
  async readText(p: string): Promise<string> {
    // A real file whose name happens to contain "!/" is still a real file.
    if (!splitEmbedded(p) || fs.existsSync(p)) return fs.promises.readFile(p, 'utf8');
    const hit = this.texts.get(p);
    if (hit !== undefined) {
      this.texts.delete(p);
      this.texts.set(p, hit);
      return hit;
    }
    const { container } = splitEmbedded(p)!;
    for await (const ev of expandInput(container)) {
      if (ev.type === 'source' && ev.source.path === p) {
        this.remember(p, ev.source.text);
        return ev.source.text;
      }
    }
    throw vscode.FileSystemError.FileNotFound(EmbeddedFileSystem.uriFor(p));
  }

  private remember(p: string, text: string): void {
    if (text.length > MAX_CACHED_CHARS) return;
    this.texts.set(p, text);
    this.chars += text.length;
    for (const [k, v] of this.texts) {
      if (this.chars <= MAX_CACHED_CHARS) break;
      this.texts.delete(k);
      this.chars -= v.length;
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const text = await this.readText(uri.path);
    let mtime = 0;
    try {
      mtime = fs.statSync(splitEmbedded(uri.path)!.container).mtimeMs;
    } catch {
      /* the container went away after the scan */
    }
    return { type: vscode.FileType.File, ctime: mtime, mtime, size: Buffer.byteLength(text), permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return Buffer.from(await this.readText(uri.path), 'utf8');
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    throw vscode.FileSystemError.FileNotADirectory(uri);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  dispose(): void {
    this.emitter.dispose();
    this.texts.clear();
  }
}
