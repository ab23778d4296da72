import * as acorn from 'acorn';

export type ParseOutcome =
  | { ok: true; ast: acorn.Program; sourceType: 'module' | 'script' }
  | ParseFailure;

const base: acorn.Options = {
  ecmaVersion: 'latest',
  allowHashBang: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowImportExportEverywhere: true,
  allowReserved: true,
  locations: false,
};

function isStackError(err: unknown): boolean {
  // V8's RangeError, or acorn's own "Not enough stack space" SyntaxError.
  return err instanceof Error && /maximum call stack|not enough stack space/i.test(err.message);
}

export type ParseFailure = { ok: false; kind: 'parse' | 'stack'; reason: string };

/**
 * Parses as a module first (bundles are mostly ESM now), then as a script (sloppy-mode code
 * with `with`, octal escapes, `yield` as a name …). Stack exhaustion inside the parser on
 * absurdly nested input is reported as such, not as "invalid JavaScript".
 */
export function parseSource(text: string): ParseOutcome {
  return parseWith(text, (options) => acorn.parse(text, options) as acorn.Program);
}

/** The module-then-script fallback and error reporting around any acorn parser. */
export function parseWith(text: string, parse: (options: acorn.Options) => acorn.Program): ParseOutcome {
  let moduleError: unknown;
  for (const sourceType of ['module', 'script'] as const) {
    try {
      const ast = parse({ ...base, sourceType });
      return { ok: true, ast, sourceType };
    } catch (err) {
      if (isStackError(err)) {
        return { ok: false, kind: 'stack', reason: 'Not enough stack space to parse: the code nests deeper than the parser can follow' };
      }
      if (sourceType === 'module') moduleError = err;
    }
  }
  const e = moduleError as { message?: string };
  return { ok: false, kind: 'parse', reason: `Invalid JavaScript: ${e?.message ?? String(moduleError)}` };
}
