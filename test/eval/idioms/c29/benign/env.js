const { execSync } = require('child_process');
function readGit(key) {
  try { return execSync(`git config --get ${key}`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return ''; }
}
function contributor() { return { email: readGit('user.email'), name: readGit('user.name') }; }
module.exports = { contributor };
