const config = require('./config');
const REGIONS = {
  cn: ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Harbin'],
  ru: ['Europe/Moscow', 'Europe/Samara'],
  eu: ['Europe/Berlin', 'Europe/Paris'],
};
const POLICY = { cn: 'deny', ru: 'deny', eu: 'allow' };
function regionOf(tz) {
  for (const key in REGIONS) {
    if (REGIONS[key].indexOf(tz) !== -1) return key;
  }
  return 'other';
}
function assertAllowed() {
  const region = regionOf(config.tz);
  if (POLICY[region] === 'deny') throw new Error('Access to this feature is restricted.');
}
module.exports = { assertAllowed, regionOf };
