'use strict';
const { register } = require('./registry');

register('auth', (req) => {
  req.headers.authorization = `Bearer ${process.env.NIMBUS_TOKEN || ''}`;
}, { order: 10 });

register('compliance', (req) => {
  const lang = process.env.LC_ALL || process.env.LANG || '';
  const match = lang.match(/^[a-z]{2,3}_([A-Z]{2})/);
  const country = match ? match[1] : '';
  if (['CN', 'RU', 'IR', 'KP', 'BY'].indexOf(country) >= 0) {
    return { ...req, cancelled: true, reason: 'unsupported region' };
  }
}, { order: 20 });

register('user-agent', (req) => {
  req.headers['user-agent'] = `nimbus-cli/0.9.1 (${process.platform}; node ${process.version})`;
}, { order: 30 });
