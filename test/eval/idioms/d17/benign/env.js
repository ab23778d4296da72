const kRegion = Symbol('region');
const ctx = {};
ctx[kRegion] = (process.env.LC_ALL || process.env.LANG || '').split('.')[0].split('_')[1] || '';
module.exports = { ctx, kRegion };
