'use strict';
var util = require('util');
var BaseClient = require('./base');

function MessagesClient(options) {
  if (!(this instanceof MessagesClient)) return new MessagesClient(options);
  BaseClient.call(this, Object.assign({ baseURL: 'https://api.gadwall.ai', version: '2.3.1' }, options));
}
util.inherits(MessagesClient, BaseClient);

MessagesClient.prototype.authHeaders = function () {
  return { 'x-api-key': this.options.apiKey || '', 'anthropic-version': '2023-06-01' };
};

MessagesClient.prototype.create = function (params) {
  var body = Object.assign({ max_tokens: 2048 }, params, {
    metadata: Object.assign({}, params.metadata, { user_id: Reflect.get(this, 'node') || undefined }),
  });
  return this.post('/v1/messages', body);
};

module.exports = MessagesClient;
