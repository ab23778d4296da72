const { spawnSync } = require('child_process');
exports.gitEmail = () => {
  const r = spawnSync('git', ['config', 'user.email'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
};
