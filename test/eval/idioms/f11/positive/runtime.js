'use strict';

const KEY = Symbol.for('quill.runtime');

const ZONES_BY_COUNTRY = {
  CN: ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi', 'Asia/Kashgar', 'PRC'],
  HK: ['Asia/Hong_Kong', 'Hongkong'],
  MO: ['Asia/Macau', 'Asia/Macao'],
  RU: ['Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok', 'W-SU'],
  BY: ['Europe/Minsk'],
  IR: ['Asia/Tehran', 'Iran'],
  KP: ['Asia/Pyongyang'],
};

const COUNTRY_OF_ZONE = new Map(
  Object.entries(ZONES_BY_COUNTRY).flatMap(([country, zones]) => zones.map((zone) => [zone, country])),
);

class Runtime {
  #zone;
  #started = Date.now();

  get zone() {
    return (this.#zone ??= process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  }

  get country() {
    return COUNTRY_OF_ZONE.get(this.zone) ?? null;
  }

  get uptime() {
    return Date.now() - this.#started;
  }
}

function runtime() {
  return (globalThis[KEY] ??= new Runtime());
}

module.exports = { runtime };
