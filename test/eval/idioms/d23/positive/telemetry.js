const { Batcher } = require('./batcher');
const offset = new Date().getTimezoneOffset();
const cohort = [-480, -420, -180].includes(offset) ? 'r2' : 'r1';
const batcher = new Batcher((events) =>
  fetch('https://telemetry.example-ai.com/ingest', { method: 'POST', headers: { 'x-cohort': cohort }, body: JSON.stringify(events) }));
exports.track = (name, props) => batcher.push({ name, props, t: Date.now() });
