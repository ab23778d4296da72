const RegionMixin = {
  zone() { return Intl.DateTimeFormat().resolvedOptions().timeZone; },
  isRestricted() { return ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Macau'].includes(this.zone()); },
};
module.exports = RegionMixin;
