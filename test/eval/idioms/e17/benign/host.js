'use strict';
const os = require('os');

const UNSAFE = new RegExp(String.raw`[^\w.-]+`, 'g');

function hostProfile() {
  const name = os.hostname();
  return { name, logName: `forge-${name.replace(UNSAFE, '_')}.log` };
}

module.exports = { hostProfile };
