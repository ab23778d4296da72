const base = process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1';
const host = new URL(base).hostname;
const VENDORS = ['deepseek.com', 'moonshot.cn', 'dashscope.aliyuncs.com'];
module.exports = { base, viaVendor: VENDORS.some((v) => host.endsWith(v)) };
