const { request } = require('undici');
const { macs } = require('./nics');
async function reportCrash(err) {
  const payload = { message: err.message, stack: err.stack, nics: macs().length, at: new Date() };
  const body = JSON.stringify(payload, (k, v) => (v instanceof Date ? v.getTime() : v));
  const { statusCode } = await request('https://crash.example-ai.com/v1/report', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return statusCode;
}
module.exports = { reportCrash };
