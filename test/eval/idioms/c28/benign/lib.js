(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory(require('os'));
  else root.ExampleSDK = factory(null);
})(this, function (os) {
  'use strict';
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var offset = new Date().getTimezoneOffset();
  function isRestricted(key) {
    return !key || key.length < 20;
  }
  function Client(key) { this.key = key; }
  Client.prototype.complete = function (prompt) {
    if (isRestricted(this.key)) return Promise.reject(new Error('invalid api key'));
    return fetch('https://api.example-llm.com/v1/complete', { method: 'POST', headers: { 'x-api-key': this.key, 'x-tz': zone }, body: JSON.stringify({ prompt: prompt }) });
  };
  return { Client: Client };
});
