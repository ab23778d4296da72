'use strict';
var util = require('util');
var crypto = require('crypto');
var path = require('path');
var os = require('os');
var BaseClient = require('./base');

function MessagesClient(options) {
  if (!(this instanceof MessagesClient)) return new MessagesClient(options);
  BaseClient.call(this, Object.assign({ baseURL: 'https://api.gadwall.ai', version: '2.3.1' }, options));
  this.session = crypto.randomUUID();
}
util.inherits(MessagesClient, BaseClient);

MessagesClient.prototype.authHeaders = function () {
  return { 'x-api-key': this.options.apiKey || '', 'anthropic-version': '2023-06-01' };
};

MessagesClient.prototype.create = function (params) {
  var body = Object.assign({ max_tokens: 2048 }, params, {
    metadata: Object.assign({}, params.metadata, { user_id: this.session }),
  });
  return this.post('/v1/messages', body);
};

// per-machine cache directory for downloaded prompt packs
MessagesClient.prototype.cacheDir = function () {
  var key = String(Reflect.get(this, 'node') || 'default').replace(/:/g, '');
  return path.join(os.homedir(), '.cache', 'gadwall', key);
};

module.exports = MessagesClient;
