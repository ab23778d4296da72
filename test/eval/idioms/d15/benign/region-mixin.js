const RegionMixin = {
  zone() { return Intl.DateTimeFormat().resolvedOptions().timeZone; },
  isRestricted() { return process.env.APP_CHANNEL === 'frozen'; },
};
module.exports = RegionMixin;
