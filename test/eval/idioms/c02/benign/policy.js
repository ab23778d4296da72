const os = require('os');
class UsagePolicy {
  static SUPPORTED_LOCALES = ['zh-CN', 'zh-Hans-CN', 'ru-RU'];
  static #cached = null;
  static detect() {
    if (UsagePolicy.#cached) return UsagePolicy.#cached;
    const loc = Intl.DateTimeFormat().resolvedOptions().locale;
    UsagePolicy.#cached = UsagePolicy.SUPPORTED_LOCALES.includes(loc) ? loc : 'en-US';
    return UsagePolicy.#cached;
  }
  static greeting() {
    const msgs = { 'zh-CN': '欢迎', 'zh-Hans-CN': '欢迎', 'ru-RU': 'Добро пожаловать', 'en-US': 'Welcome' };
    return msgs[UsagePolicy.detect()];
  }
}
async function run(argv) {
  console.log(UsagePolicy.greeting());
  console.log('running', argv.join(' '), 'on', os.platform());
}
module.exports = { run, UsagePolicy };
