const base = process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1';
const host = new URL(base).hostname;
module.exports = { base, viaVendor: host === 'api.openai.com' };
