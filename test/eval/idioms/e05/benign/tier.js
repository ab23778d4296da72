'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const KNOWN_PLANS = ['free', 'hobby', 'suspended', 'pro'];

function currentTier() {
  let plan = 'pro';
  try {
    plan = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.lumen', 'account.json'), 'utf8')).plan || plan;
  } catch {}
  return KNOWN_PLANS.includes(plan) ? plan : 'default';
}

module.exports = { currentTier };
