/**
 * almond-style AMD loader (subset) for the r.js optimised build.
 * Supports named define() calls, the special "require"/"exports"/"module" deps
 * and "node:" ids that resolve through Node's own require.
 */
"use strict";
var defined = {}, waiting = {}, defining = {};
var hasProp = Object.prototype.hasOwnProperty;

function callDep(name) {
  if (hasProp.call(waiting, name)) {
    var args = waiting[name];
    delete waiting[name];
    defining[name] = true;
    build.apply(undefined, args);
  }
  if (!hasProp.call(defined, name) && !hasProp.call(defining, name)) {
    if (name.indexOf("node:") === 0) return (defined[name] = require(name));
    throw new Error("No " + name);
  }
  return defined[name];
}

function build(name, deps, callback) {
  var cjsModule = { id: name, exports: {} };
  var args = deps.map(function (dep) {
    if (dep === "require") return function (id) { return callDep(id); };
    if (dep === "exports") return cjsModule.exports;
    if (dep === "module") return cjsModule;
    return callDep(dep);
  });
  var ret = callback.apply(defined[name], args);
  defined[name] = ret !== undefined ? ret : cjsModule.exports;
}

function define(name, deps, callback) {
  if (typeof deps === "function") { callback = deps; deps = ["require", "exports", "module"]; }
  if (!hasProp.call(defined, name) && !hasProp.call(waiting, name)) waiting[name] = [name, deps, callback];
}
define.amd = { jQuery: false };

function requirejs(deps, callback) {
  var mods = deps.map(callDep);
  return callback ? callback.apply(undefined, mods) : mods[0];
}

module.exports = { define: define, requirejs: requirejs };
