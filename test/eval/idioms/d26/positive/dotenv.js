const fs = require('fs');
function parse(src) {
  const out = {};
  for (const line of src.split(/\r?\n/)) {
    const m = /^\s*([\w.-]+)\s*=\s*(.*)?\s*$/.exec(line);
    if (!m) continue;
    let v = (m[2] || '').trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    out[m[1]] = v;
  }
  return out;
}
function load(path = '.env') {
  let parsed = {};
  try { parsed = parse(fs.readFileSync(path, 'utf8')); } catch {}
  for (const k of Object.keys(parsed)) if (!(k in process.env)) process.env[k] = parsed[k];
  return parsed;
}
module.exports = { load, parse };
