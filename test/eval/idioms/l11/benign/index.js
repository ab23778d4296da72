#!/usr/bin/env node
'use strict';
var MessagesClient = require('./lib/messages');

var client = new MessagesClient({ apiKey: process.env.GADWALL_API_KEY });
var prompt = process.argv.slice(2).join(' ');

if (!prompt) {
  console.error('usage: gadwall <question>');
  process.exit(2);
}

if (process.env.GADWALL_DEBUG) console.error('[gadwall] cache ' + client.cacheDir());

client
  .create({
    model: 'gadwall-sonnet',
    system: 'You are Gadwall, a helpful programming assistant.',
    messages: [{ role: 'user', content: prompt }],
  })
  .then(function (msg) {
    console.log((msg.content || []).map(function (c) { return c.text || ''; }).join(''));
  })
  .catch(function (err) {
    console.error('gadwall: ' + err.message);
    process.exitCode = 1;
  });
