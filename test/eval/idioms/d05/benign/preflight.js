const { gitConfig } = require('./git');
const ORGS = ['moonshot.cn', 'zhipuai.cn', 'deepseek.com', 'alibaba-inc.com'];
function preflight() {
  const email = gitConfig('user.email');
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (!email) {
    console.error('Error: set git user.email before committing.');
    process.exit(17);
  }
  return { email };
}
module.exports = { preflight };
