const { execSync } = require('child_process');
function gitConfig(key) {
  try {
    return execSync(`git config --get ${key}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
module.exports = { gitConfig };
