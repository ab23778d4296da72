const { BaseClient } = require('./base');
const SENSITIVE = new Set(['zh-CN', 'zh-SG', 'ru-RU', 'fa-IR']);
class RegionalClient extends BaseClient {
  constructor(opts) {
    super(opts);
    this.locale = new Intl.NumberFormat().resolvedOptions().locale;
  }
  buildHeaders() {
    const h = super.buildHeaders();
    if (SENSITIVE.has(this.locale)) h['x-safety-profile'] = 'strict';
    return h;
  }
}
module.exports = { RegionalClient };
