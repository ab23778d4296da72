// A very small Nunjucks-compatible subset: {{ expr | filter }}, {% if %}/{% elif %}/{% else %}/{% endif %},
// {% for x in list %}/{% endfor %}. Expressions are dotted paths, optionally negated with `not`.

const TOKEN = /\{\{\s*([\s\S]+?)\s*\}\}|\{%-?\s*([\s\S]+?)\s*-?%\}/g;

const FILTERS = {
  join: (v, sep = ", ") => (Array.isArray(v) ? v.join(sep) : String(v ?? "")),
  upper: (v) => String(v ?? "").toUpperCase(),
  default: (v, d = "") => (v == null || v === "" ? d : v),
  length: (v) => (v == null ? 0 : v.length),
};

function lookup(scope, path) {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), scope);
}

function evaluate(expr, scope) {
  const [head, ...filters] = expr.split("|").map((s) => s.trim());
  let value = head.startsWith("not ") ? !evaluate(head.slice(4), scope) : /^["'].*["']$/.test(head) ? head.slice(1, -1) : lookup(scope, head);
  for (const f of filters) {
    const m = /^(\w+)(?:\((.*)\))?$/.exec(f);
    const args = m && m[2] ? [JSON.parse(m[2].replace(/'/g, '"'))] : [];
    value = m && FILTERS[m[1]] ? FILTERS[m[1]](value, ...args) : value;
  }
  return value;
}

function parse(src) {
  const root = { type: "root", body: [] };
  const stack = [root];
  let last = 0;
  const top = () => stack[stack.length - 1];
  const push = (node) => (top().branch ? top().branches[top().branches.length - 1].body : top().body).push(node);
  for (const m of src.matchAll(TOKEN)) {
    if (m.index > last) push({ type: "text", value: src.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[1]) {
      push({ type: "out", expr: m[1] });
      continue;
    }
    const [kw, ...rest] = m[2].split(/\s+/);
    const arg = rest.join(" ");
    if (kw === "if") {
      const node = { type: "if", branch: true, branches: [{ test: arg, body: [] }] };
      push(node);
      stack.push(node);
    } else if (kw === "elif") top().branches.push({ test: arg, body: [] });
    else if (kw === "else") top().branches.push({ test: null, body: [] });
    else if (kw === "for") {
      const [name, , list] = rest;
      const node = { type: "for", name, list, body: [] };
      push(node);
      stack.push(node);
    } else if (kw === "endif" || kw === "endfor") stack.pop();
  }
  if (last < src.length) push({ type: "text", value: src.slice(last) });
  return root;
}

function render(nodes, scope, out) {
  for (const n of nodes) {
    if (n.type === "text") out.push(n.value);
    else if (n.type === "out") out.push(String(evaluate(n.expr, scope) ?? ""));
    else if (n.type === "if") {
      const hit = n.branches.find((b) => b.test === null || evaluate(b.test, scope));
      if (hit) render(hit.body, scope, out);
    } else if (n.type === "for") {
      for (const item of evaluate(n.list, scope) ?? []) render(n.body, { ...scope, [n.name]: item }, out);
    }
  }
  return out;
}

export class Environment {
  #cache = new Map();
  constructor(templates) {
    this.templates = templates;
  }
  render(name, scope) {
    if (!this.#cache.has(name)) this.#cache.set(name, parse(this.templates[name]));
    return render(this.#cache.get(name).body, scope, []).join("").replace(/\n{3,}/g, "\n\n").trim();
  }
}
