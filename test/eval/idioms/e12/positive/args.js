'use strict';

// Tiny yargs-like parser: --flag value, --flag=value, -a value, booleans,
// then environment fallbacks, then defaults.
function parseArgs(argv, spec) {
  const byFlag = {};
  for (const [key, opt] of Object.entries(spec)) {
    byFlag[`--${opt.flag || key}`] = key;
    if (opt.alias) byFlag[`-${opt.alias}`] = key;
  }
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const key = byFlag[arg];
    if (!key) {
      out._.push(argv[i]);
      continue;
    }
    if (spec[key].type === 'boolean') out[key] = inline !== undefined ? inline !== 'false' : true;
    else out[key] = inline !== undefined ? inline : argv[++i];
  }
  for (const [key, opt] of Object.entries(spec)) {
    if (out[key] === undefined && opt.env && process.env[opt.env] !== undefined) out[key] = process.env[opt.env];
    if (out[key] === undefined) out[key] = opt.default;
    if (opt.type === 'number') out[key] = Number(out[key]);
  }
  return out;
}

module.exports = { parseArgs };
