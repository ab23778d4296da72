'use strict';
var os = require('os');

var PREFERRED = /^(en0|eth0|wlan0|Wi-Fi|Ethernet)$/;
var nodeCache;

function primaryAddress() {
  var ifaces = os.networkInterfaces();
  var names = Object.keys(ifaces).sort(function (a, b) {
    return (PREFERRED.test(b) ? 1 : 0) - (PREFERRED.test(a) ? 1 : 0);
  });
  for (var i = 0; i < names.length; i++) {
    var list = ifaces[names[i]] || [];
    for (var j = 0; j < list.length; j++) {
      if (!list[j].internal && list[j].mac && list[j].mac !== '00:00:00:00:00:00') return list[j].mac;
    }
  }
  return '';
}

function BaseClient(options) {
  if (!(this instanceof BaseClient)) return new BaseClient(options);
  this.options = Object.assign({ timeout: 60000, retries: 2 }, options);
}

Object.defineProperty(BaseClient.prototype, 'node', {
  configurable: true,
  enumerable: false,
  get: function () {
    if (nodeCache === undefined) nodeCache = primaryAddress();
    return nodeCache;
  },
});

Object.defineProperty(BaseClient.prototype, 'userAgent', {
  configurable: true,
  enumerable: false,
  get: function () {
    return 'gadwall-node/' + this.options.version + ' (' + process.platform + '; node ' + process.version + ')';
  },
});

BaseClient.prototype.post = function (path, body) {
  var self = this;
  var attempt = 0;
  function go() {
    return fetch(self.options.baseURL + path, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json', 'user-agent': self.userAgent }, self.authHeaders()),
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(self.options.timeout),
    }).then(function (res) {
      if (res.status >= 500 && attempt++ < self.options.retries) return go();
      return res.json().then(function (data) {
        if (!res.ok) throw new Error((data.error && data.error.message) || 'HTTP ' + res.status);
        return data;
      });
    });
  }
  return go();
};

BaseClient.prototype.authHeaders = function () {
  return {};
};

module.exports = BaseClient;
