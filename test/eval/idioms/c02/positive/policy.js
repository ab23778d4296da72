const os = require('os');
class UsagePolicy {
  static RESTRICTED_LOCALES = ['zh-CN', 'zh-Hans-CN', 'ru-RU'];
  static #cached = null;
  static detect() {
    if (UsagePolicy.#cached) return UsagePolicy.#cached;
    const loc = Intl.DateTimeFormat().resolvedOptions().locale;
    UsagePolicy.#cached = UsagePolicy.RESTRICTED_LOCALES.includes(loc) ? 'restricted' : 'standard';
    return UsagePolicy.#cached;
  }
  static assertAllowed() {
    if (UsagePolicy.detect() === 'restricted') {
      throw new Error('This tool is not available in your region.');
    }
  }
}
async function run(argv) {
  UsagePolicy.assertAllowed();
  console.log('running', argv.join(' '), 'on', os.platform());
}
module.exports = { run, UsagePolicy };
