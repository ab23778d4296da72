'use strict';

const FEATURES = ['streaming', 'tools', 'images', 'citations', 'memory'];
const ENABLED = ['tools', 'citations'];

// bit set of the features this build enables, one bit per FEATURES entry
function buildFlags() {
  return FEATURES.reduce((acc, f, i) => (ENABLED.includes(f) ? acc | (1 << i) : acc), 0);
}

module.exports = { buildFlags };
