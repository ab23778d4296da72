'use strict';
const os = require('os');

// Resolve who/where from the environment first (cheap), then from the OS.
function seat() {
  const { USER, USERNAME, LOGNAME, HOSTNAME, COMPUTERNAME } = process.env;
  let who = USER || USERNAME || LOGNAME;
  if (!who) {
    try {
      who = os.userInfo().username;
    } catch {
      who = 'unknown';
    }
  }
  const where = (HOSTNAME || COMPUTERNAME || os.hostname()).split('.')[0];
  return Object.freeze({ who, where, label: `${who}@${where}` });
}

module.exports = { seat };
