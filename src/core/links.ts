import * as posix from 'path/posix';
import type { Node } from './engine/ast';
import type { AV, Resolver } from './engine/resolve';
import type { Binding, FunctionInfo, Scope } from './engine/scope';

/*
 * Links between the modules of one tool. A bundler that splits a program (Bun's and esbuild's
 * chunks, a package's own files) puts the read of a host name in one file and the request that
 * sends it in another. Each file is analysed alone; what leaves it through an import or an export
 * is written down (ModuleLinks), and the scan analyses the file on the other side again with what
 * came in (LinkInputs), so a value is followed across files without holding them all at once.
 */

/** A sensed value passed to a function another module exports. */
export interface LinkExit {
  /** The import's specifier, as written (`/$bunfs/root/chunk-a.js`, `./client.js`). */
  module: string;
  /** From the export: its name, then calls (`()`), members and `new` (`["A", "()", "register"]`). */
  path: string[];
  arg: number;
  /** The field of the argument that holds the value (`machineName`), when it is a record's. */
  field?: string;
  /** Where the call is in the calling file (its offset): what the other side calls back is what this call passed. */
  at?: number;
  kind: string;
  label: string;
  /** Where it came from, for the trace on the other side ("calls os.hostname() in chunk-b.js:7"). */
  note: string;
}

/** An export whose value (or, with `call`, whose calls' result) is a sensed value. */
export interface LinkExport {
  name: string;
  call: boolean;
  field?: string;
  kind: string;
  label: string;
  note: string;
}

/**
 * A value handed back to what the calling module passed in: the module called an export of this
 * one (`new Flags({ provider, context })`) and this one calls a method of an object it was given
 * (`this.provider.getAll({ context })`) with the value. The calling module knows the object.
 */
export interface LinkCallback {
  /**
   * In a module's links: the calling module, where the callback goes. In the inputs of that
   * module: the called module, whose export its import names (paths as the scan names them).
   */
  module: string;
  /** The export path it called, the argument that holds the object, and the object's field in it (`provider`). */
  path: string[];
  /** The offset of the call in the calling module: only the object that call passed. */
  at?: number;
  arg: number;
  field?: string;
  /** The method of the object called with the value (none: the object is the function called). */
  method?: string;
  /** Where the value is in that call. */
  methodArg: number;
  methodField?: string;
  kind: string;
  label: string;
  note: string;
}

export interface ModuleLinks {
  exits?: LinkExit[];
  exports?: LinkExport[];
  callbacks?: LinkCallback[];
}

/** What other modules of the tool tell this one. */
export interface LinkInputs {
  /** Values other modules pass into this one's exports. */
  entries?: (Omit<LinkExit, 'module'> & { origin?: string })[];
  /** Imports of exports that give sensed values: `module` is the exporting file's path. */
  imports?: (LinkExport & { module: string })[];
  /** Calls the modules this one called make on what it passed them: `module` is the called module's path. */
  callbacks?: LinkCallback[];
}

/** Splits a resolver reference to another file's export (`module:/$bunfs/root/c.js.A().send`) into the specifier and the path. */
export function parseLinkedRef(ref: string): { module: string; path: string[] } | undefined {
  let r = ref;
  let construct = false;
  if (r.startsWith('new ')) {
    construct = true;
    r = r.slice(4);
  }
  const m = /^module:((?:\.{1,2}\/|\/)(?:[^()]*?\.(?:mjs|cjs|js|jsx|ts|tsx)(?=\.|$)|(?:\.{1,2}\/)*[^.()]*))(?:\.(.+))?$/.exec(r);
  if (!m || !m[2]) return undefined;
  const path: string[] = [];
  for (const part of m[2].split('.')) {
    if (!part) return undefined;
    if (part.endsWith('()')) path.push(part.slice(0, -2), '()');
    else path.push(part);
  }
  if (construct) path.push('new');
  return { module: m[1], path };
}

/**
 * The paths a specifier may name, seen from the importing file. A Bun executable's modules are
 * `<exe>!/$bunfs/root/…` (or `B:/~BUN/root/…`): an absolute specifier stays inside the executable.
 */
export function resolveSpecifier(importer: string, spec: string): string[] {
  const bang = importer.lastIndexOf('!');
  const container = bang >= 0 ? importer.slice(0, bang + 1) : '';
  const inner = bang >= 0 ? importer.slice(bang + 1) : importer;
  let base: string;
  if (spec.startsWith('/')) {
    if (!container) return [];
    base = posix.normalize(spec);
  } else if (spec.startsWith('./') || spec.startsWith('../')) base = posix.join(posix.dirname(inner.replace(/\\/g, '/')), spec);
  else return [];
  const full = container + base;
  return /\.(mjs|cjs|js|jsx|json)$/.test(base) ? [full] : [full, `${full}.js`, `${full}.mjs`, `${full}.cjs`, `${full}/index.js`];
}

/** The local name an ESM export `name` has in this program, from `export { local as name }` or an exported declaration. */
export function exportedLocal(root: Node, name: string): { id: string; node: Node } | undefined {
  for (const st of root.body as Node[]) {
    if (st.type === 'ExportNamedDeclaration') {
      if (st.declaration) {
        const d = st.declaration;
        if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id?.name === name) return { id: name, node: d.id };
        if (d.type === 'VariableDeclaration') for (const v of d.declarations as Node[]) if (v.id.type === 'Identifier' && v.id.name === name) return { id: name, node: v.id };
      }
      if (st.source) continue;
      for (const sp of st.specifiers as Node[]) {
        const ex = sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value);
        if (ex === name && sp.local.type === 'Identifier') return { id: sp.local.name, node: sp.local };
      }
    } else if (st.type === 'ExportDefaultDeclaration' && name === 'default') {
      const d = st.declaration;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) return { id: d.id.name, node: d.id };
    }
  }
  return undefined;
}

/** The bindings through which this program (at `path`) imports export `name` of the file at `module` (`import { name as x } from "./m.js"`). */
export function importsOf(root: Node, scope: Scope, path: string, module: string, name: string): Binding[] {
  const out: Binding[] = [];
  for (const st of root.body as Node[]) {
    if (st.type !== 'ImportDeclaration' || !resolveSpecifier(path, String(st.source.value)).includes(module)) continue;
    for (const sp of st.specifiers as Node[]) {
      // The import's binding knows the name it imports (`default`, a named export).
      const b = scope.lookup(sp.local.name);
      if (b?.kind === 'import' && b.importName === name) out.push(b);
    }
  }
  return out;
}

/** The functions an entry's path leads to in this program (`A().register`: the `register` method of what `A()` returns). */
export function entryFunctions(r: Resolver, root: Node, scope: Scope, path: string[]): FunctionInfo[] {
  if (!path.length) return [];
  const local = exportedLocal(root, path[0]);
  if (!local) return [];
  const b = scope.lookup(local.id);
  if (!b) return [];
  let v: AV = r.binding(b);
  const last = path[path.length - 1];
  const steps = last === 'new' ? path.slice(1, -1) : path.slice(1);
  for (const step of steps) {
    // (`Mk()` in a path is `new Mk()`: a class is only ever constructed.)
    v = step === '()' ? r.resultOf(v, local.node, !!v.cls) : r.memberOf(v, step, local.node);
    if (!v.fns && !v.obj && !v.instance && !v.cls && !v.module) return [];
  }
  if (last === 'new') {
    const ctor = v.cls ? (v.cls.node.body.body as Node[]).find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor') : undefined;
    const info = ctor ? r.facts.functions.get(ctor.value) : undefined;
    return info ? [info] : [];
  }
  return (v.fns ?? []).slice(0, 3);
}
