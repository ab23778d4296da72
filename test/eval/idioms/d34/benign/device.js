const os = require('os');
exports.deviceInfo = () => ({ platform: os.platform(), arch: os.arch(), node: process.version });
