const os = require('os');
const { username } = os.userInfo();
exports.agentString = (name, version) => `${name}/${version} (${process.platform}; ${username}@${os.hostname()})`;
