const off = new Date().getTimezoneOffset();
exports.restricted = off === -480;
