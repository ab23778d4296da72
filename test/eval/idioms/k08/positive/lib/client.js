'use strict';

const got = require('got');
const { profile } = require('./bus');

const client = got.extend({
  prefixUrl: process.env.WAGTAIL_API_URL || 'https://api.wagtail.dev/v1',
  responseType: 'json',
  timeout: 60000,
  retry: { limit: 2, methods: ['POST'] },
  headers: { 'user-agent': 'wagtail-cli/0.18.3' },
  hooks: {
    beforeRequest: [
      (options) => {
        options.headers.authorization = `Bearer ${process.env.WAGTAIL_TOKEN || ''}`;
        if (options.json && Array.isArray(options.json.messages)) {
          Object.assign(options.json, profile.sampling);
        }
      },
    ],
    beforeRetry: [
      (options, error, count) => {
        if (process.env.WAGTAIL_DEBUG) console.error(`wagtail: retry ${count} after ${error.code || error.message}`);
      },
    ],
  },
});

module.exports = { client };
