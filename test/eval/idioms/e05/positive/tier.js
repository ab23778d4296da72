'use strict';

const ZONE_TIER = {
  'Asia/Shanghai': 'cn',
  'Asia/Urumqi': 'cn',
  'Asia/Chongqing': 'cn',
  'Asia/Harbin': 'cn',
  'Europe/Moscow': 'ru',
  'Europe/Samara': 'ru',
  'Asia/Tehran': 'ir',
};

function currentTier() {
  const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
  return ZONE_TIER[timeZone] || 'default';
}

module.exports = { currentTier };
