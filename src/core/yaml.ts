/*
 * The data of a YAML file a tool ships (`config.yaml` beside its bundle), for the links to answer
 * a question about it as they do for JSON. Only the part of YAML that configuration files are
 * written in: block mappings and sequences, flow `[…]` and `{…}` on one line, plain and quoted
 * scalars, `|` and `>` block scalars, comments, one document. Anything else (anchors and aliases,
 * tags, complex keys, several documents, a flow collection over several lines) is no answer:
 * undefined, never a guess. Records are made without a prototype, as the interpreter's are.
 */

class Unsupported extends Error {}

interface Line {
  indent: number;
  text: string;
  /** The line as written (a block scalar's content keeps its `#`). */
  raw: string;
}

const MAX_DEPTH = 64;

/** The data of `text`, or undefined when it is not YAML this parser reads. */
export function parseYaml(text: string): unknown {
  try {
    return new YamlReader(text).document();
  } catch (e) {
    if (e instanceof Unsupported || e instanceof RangeError) return undefined;
    throw e;
  }
}

class YamlReader {
  private lines: Line[] = [];
  private at = 0;

  constructor(text: string) {
    const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let started = false;
    for (const line of raw) {
      if (/^(%|\.\.\.\s*$)/.test(line)) throw new Unsupported();
      if (/^---(\s|$)/.test(line)) {
        if (started) throw new Unsupported();
        started = true;
        if (line.slice(3).trim() && !line.slice(3).trim().startsWith('#')) throw new Unsupported();
        continue;
      }
      if (/\t/.test(line.match(/^\s*/)![0])) throw new Unsupported();
      const indent = line.length - line.trimStart().length;
      this.lines.push({ indent, text: stripComment(line.trim()), raw: line });
      if (line.trim()) started = true;
    }
  }

  document(): unknown {
    this.skipBlank();
    if (this.at >= this.lines.length) return null;
    const v = this.block(this.lines[this.at].indent, 0);
    this.skipBlank();
    if (this.at < this.lines.length) throw new Unsupported();
    return v;
  }

  private skipBlank(): void {
    while (this.at < this.lines.length && !this.lines[this.at].text) this.at++;
  }

  private block(indent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Unsupported();
    const line = this.lines[this.at];
    return isItem(line.text) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private sequence(indent: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (this.skipBlank(); this.at < this.lines.length; this.skipBlank()) {
      const line = this.lines[this.at];
      if (line.indent !== indent || !isItem(line.text)) break;
      const rest = line.text.slice(1).trimStart();
      if (!rest) {
        this.at++;
        out.push(this.nested(indent, depth));
        continue;
      }
      // `- name: x` and the lines under it: a mapping that starts on the item's line.
      const offset = line.raw.indexOf(rest, line.indent + 1);
      if (isItem(rest) || splitKey(rest)) {
        this.lines[this.at] = { indent: offset, text: rest, raw: line.raw };
        out.push(this.block(offset, depth + 1));
        continue;
      }
      this.at++;
      out.push(this.scalarOrBlock(rest, indent, depth));
    }
    return out;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const out = Object.create(null) as Record<string, unknown>;
    for (this.skipBlank(); this.at < this.lines.length; this.skipBlank()) {
      const line = this.lines[this.at];
      if (line.indent !== indent || isItem(line.text)) break;
      const kv = splitKey(line.text);
      if (!kv) throw new Unsupported();
      this.at++;
      const [key, value] = kv;
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new Unsupported();
      if (value) {
        out[key] = this.scalarOrBlock(value, indent, depth);
        continue;
      }
      // A sequence under a key may sit at the key's own indent.
      this.skipBlank();
      const next = this.lines[this.at];
      out[key] = next && next.indent === indent && isItem(next.text) ? this.sequence(indent, depth + 1) : this.nested(indent, depth);
    }
    return out;
  }

  /** What is under a line at `indent` that ended without a value: a deeper block, or null. */
  private nested(indent: number, depth: number): unknown {
    this.skipBlank();
    const next = this.lines[this.at];
    return next && next.indent > indent ? this.block(next.indent, depth + 1) : null;
  }

  private scalarOrBlock(value: string, indent: number, depth: number): unknown {
    const blockHead = /^([|>])([+-]?)(\d?)$/.exec(value);
    if (blockHead) return this.blockScalar(blockHead[1] === '>', blockHead[2], indent);
    const v = flowValue(value, depth);
    // A plain scalar continued on deeper lines.
    if (typeof v === 'string' && !/^["'[{]/.test(value)) {
      let text = v;
      for (this.skipBlank(); this.at < this.lines.length && this.lines[this.at].indent > indent && !splitKey(this.lines[this.at].text) && !isItem(this.lines[this.at].text); this.skipBlank()) text += ` ${this.lines[this.at++].text}`;
      return text;
    }
    return v;
  }

  private blockScalar(folded: boolean, chomp: string, indent: number): string {
    const body: string[] = [];
    let inner = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      if (line.raw.trim()) {
        if (line.indent <= indent) break;
        if (inner < 0) inner = line.indent;
        if (line.indent < inner) break;
        body.push(line.raw.slice(inner));
      } else body.push('');
      this.at++;
    }
    while (body.length && !body[body.length - 1]) body.pop();
    const text = folded ? body.join('\n').replace(/([^\n])\n(?=[^\n ])/g, '$1 ') : body.join('\n');
    return chomp === '-' ? text : `${text}\n`;
  }
}

function isItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** `key: value` (the value may be empty), the key plain or quoted. */
function splitKey(text: string): [string, string] | undefined {
  if (/^[?&*!|>%@`]/.test(text)) return undefined;
  let key: string;
  let rest: string;
  if (text[0] === '"' || text[0] === "'") {
    const end = quotedEnd(text, 0);
    if (end < 0) return undefined;
    key = unquote(text.slice(0, end + 1));
    rest = text.slice(end + 1);
    if (!/^\s*:(\s|$)/.test(rest)) return undefined;
    rest = rest.replace(/^\s*:/, '');
  } else {
    const m = /^([^#:[\]{},][^:]*?|[^#:[\]{},]?):(?:\s|$)/.exec(text);
    if (!m) return undefined;
    key = m[1].trim();
    rest = text.slice(m[0].length);
  }
  return [key, rest.trim()];
}

function quotedEnd(text: string, from: number): number {
  const q = text[from];
  for (let i = from + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function unquote(s: string): string {
  if (s[0] === "'") return s.slice(1, -1).replace(/''/g, "'");
  try {
    return JSON.parse(s.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\\//g, '/')) as string;
  } catch {
    throw new Unsupported();
  }
}

/** A line without its comment (a `#` at its start or after a space, outside quotes). */
function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:-]/.test(line[i - 1]))) {
      const end = quotedEnd(line, i);
      if (end < 0) return line;
      i = end;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i).trimEnd();
  }
  return line;
}

/** A value written on one line: a flow collection, a quoted or a plain scalar. */
function flowValue(text: string, depth: number): unknown {
  if (text[0] === '[' || text[0] === '{') {
    const p = { s: text, i: 0 };
    const v = flowNode(p, depth);
    if (p.s.slice(p.i).trim()) throw new Unsupported();
    return v;
  }
  if (text[0] === '"' || text[0] === "'") {
    if (quotedEnd(text, 0) !== text.length - 1) throw new Unsupported();
    return unquote(text);
  }
  if (/^[&*!%@`]/.test(text)) throw new Unsupported();
  return plain(text);
}

function flowNode(p: { s: string; i: number }, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new Unsupported();
  const ws = () => {
    while (p.i < p.s.length && p.s[p.i] === ' ') p.i++;
  };
  ws();
  const c = p.s[p.i];
  if (c === '[' || c === '{') {
    const close = c === '[' ? ']' : '}';
    const list: unknown[] = [];
    const rec = Object.create(null) as Record<string, unknown>;
    p.i++;
    for (;;) {
      ws();
      if (p.s[p.i] === close) {
        p.i++;
        return c === '[' ? list : rec;
      }
      if (p.i >= p.s.length) throw new Unsupported();
      const item = flowNode(p, depth + 1);
      ws();
      if (c === '{') {
        if (p.s[p.i] !== ':' || typeof item === 'object') throw new Unsupported();
        p.i++;
        ws();
        rec[String(item)] = p.s[p.i] === ',' || p.s[p.i] === '}' ? null : flowNode(p, depth + 1);
        ws();
      } else list.push(item);
      if (p.s[p.i] === ',') p.i++;
      else if (p.s[p.i] !== close) throw new Unsupported();
    }
  }
  if (c === '"' || c === "'") {
    const end = quotedEnd(p.s, p.i);
    if (end < 0) throw new Unsupported();
    const v = unquote(p.s.slice(p.i, end + 1));
    p.i = end + 1;
    return v;
  }
  if (/^[&*!%@`]/.test(c ?? '')) throw new Unsupported();
  // A plain scalar ends at a flow indicator, or at `: ` (a key).
  const m = /^(?:[^,[\]{}:]|:(?![\s,[\]{}]))+/.exec(p.s.slice(p.i));
  if (!m) throw new Unsupported();
  p.i += m[0].length;
  return plain(m[0].trim());
}

/** A plain scalar as YAML 1.2's core schema reads it. */
function plain(s: string): unknown {
  if (/^(null|Null|NULL|~|)$/.test(s)) return null;
  if (/^(true|True|TRUE)$/.test(s)) return true;
  if (/^(false|False|FALSE)$/.test(s)) return false;
  if (/^[-+]?[0-9]+$/.test(s)) return Number(s);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s[0] === '-' ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}
