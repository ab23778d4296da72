const os = require('os');
exports.user = () => { try { return os.userInfo().username; } catch { return process.env.USER || ''; } };
