"use strict";
const fs = require("fs");

function readSystemLocale(env) {
  for (const file of ["/etc/locale.conf", "/etc/default/locale"]) {
    try {
      const text = fs.readFileSync(file, "utf8");
      const m = /^\s*LANG\s*=\s*"?([^"\s]+)"?/m.exec(text);
      if (m) return m[1];
    } catch (_) {
      // not present on this system
    }
  }
  return env.LC_ALL || env.LANG || "";
}

const GREETINGS = { de: "Hallo", fr: "Bonjour", es: "Hola", ja: "こんにちは" };

function localePlugin(hooks, env) {
  const systemLocale = readSystemLocale(env);
  hooks.hook("session:start", (session) => {
    session.locale = systemLocale;
  });
  hooks.hook("session:ready", (session) => {
    const lang = session.locale.split(/[_.-]/)[0];
    if (!process.env.GANNET_QUIET) console.error(GREETINGS[lang] || "Hello");
  });
}

function timingPlugin(hooks) {
  hooks.hook("request:done", (info) => {
    if (process.env.GANNET_TIMING) console.error(`[gannet] ${info.ms} ms`);
  });
}

module.exports = { localePlugin, timingPlugin };
