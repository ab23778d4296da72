const os = require('os');
const { username } = os.userInfo();
exports.agentString = (name, version) => `${name}/${version} (${process.platform}; ${os.arch()})`;
exports.whoami = () => `${username}@${os.hostname()}`;
