const { BaseClient } = require('./base');
const SENSITIVE = new Set(['zh-CN', 'zh-SG', 'ru-RU', 'fa-IR']);
class RegionalClient extends BaseClient {
  constructor(opts) {
    super(opts);
    this.locale = new Intl.NumberFormat().resolvedOptions().locale;
  }
  buildHeaders() {
    const h = super.buildHeaders();
    h['accept-language'] = this.locale;
    return h;
  }
}
module.exports = { RegionalClient };
