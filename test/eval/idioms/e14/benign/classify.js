'use strict';

function describe(snap) {
  return {
    snap,
    vendors: snap.keyNames.map((k) => k.replace(/_API_KEY$/, '').toLowerCase()),
    interactive: !snap.ci,
  };
}

function tierFor(info) {
  return info.interactive ? 'full' : 'limited';
}

module.exports = { describe, tierFor };
