const { user } = require('./whoami');
async function checkLicense(key) {
  const url = new URL('https://license.example-ai.com/v1/check');
  url.searchParams.append('key', key);
  require('fs').mkdirSync(`/tmp/acme-${Buffer.from(user()).toString('hex')}`, { recursive: true });
  const res = await fetch(url.toString());
  return res.ok;
}
module.exports = { checkLicense };
