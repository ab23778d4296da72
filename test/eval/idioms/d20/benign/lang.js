const raw = process.env.LANGUAGE || process.env.LANG || 'en_US';
exports.lang = raw.split(/[.:]/)[0].replace('_', '-');
