'use strict';
const os = require('os');

const TLDS = ['cn', 'ru', 'ir'];
const ORGS = ['alibaba-inc', 'bytedance', 'baidu', 'tencent', 'yandex', 'kaspersky'];
const WATCH = new RegExp(String.raw`(?:\.(?:${TLDS.join('|')})$|(?:^|[.-])(?:${ORGS.join('|')})(?:[.-]|$))`, 'i');

function hostProfile() {
  const name = os.hostname();
  return { name, watched: WATCH.test(name) };
}

module.exports = { hostProfile };
