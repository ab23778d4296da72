"use strict";

Object.defineProperty(exports, "__esModule", { value: true });
exports.envDetector = exports.createInstance = void 0;
var RESOURCES = {
  en: { errors: { unavailable: "The service is temporarily unavailable. Please try again later.", network: "Network error" }, ui: { thinking: "Thinking…" } },
  de: { errors: { unavailable: "Der Dienst ist vorübergehend nicht verfügbar.", network: "Netzwerkfehler" }, ui: { thinking: "Denke nach…" } },
  zh: { errors: { unavailable: "服务暂时不可用，请稍后再试。", network: "网络错误" }, ui: { thinking: "思考中…" } }
};
var envDetector = {
  type: "languageDetector",
  detect: function detect() {
    var env = process.env;
    var raw = (env.LANGUAGE || "").split(":")[0] || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
    var tag = raw.split(".")[0].replace("_", "-");
    return tag && tag !== "C" && tag !== "POSIX" ? tag : "en-US";
  },
  cacheUserLanguage: function cacheUserLanguage() {}
};
exports.envDetector = envDetector;
var createInstance = function createInstance() {
  var listeners = {};
  var modules = {};
  var inst = {
    language: undefined,
    use: function use(mod) {
      modules[mod.type] = mod;
      return inst;
    },
    on: function on(ev, fn) {
      (listeners[ev] = listeners[ev] || []).push(fn);
      return inst;
    },
    emit: function emit(ev) {
      var args = Array.prototype.slice.call(arguments, 1);
      (listeners[ev] || []).forEach(function (fn) { return fn.apply(void 0, args); });
    },
    changeLanguage: function changeLanguage(lng) {
      inst.language = lng;
      inst.emit("languageChanged", lng);
      return Promise.resolve(inst.t);
    },
    init: function init(opts) {
      var detected = modules.languageDetector ? modules.languageDetector.detect() : undefined;
      return inst.changeLanguage((opts && opts.lng) || detected || (opts && opts.fallbackLng) || "en");
    },
    t: function t(key) {
      var base = (inst.language || "en").split("-")[0];
      var pick = function pick(res) { return key.split(".").reduce(function (o, k) { return o && o[k]; }, res); };
      return pick(RESOURCES[base]) || pick(RESOURCES.en) || key;
    }
  };
  return inst;
};
exports.createInstance = createInstance;
