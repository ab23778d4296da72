"use strict";
// A tiny valtio-style proxy store: mutate state directly, subscribe to changes, read immutable snapshots.
const LISTENERS = new WeakMap();

function proxy(initial) {
  const listeners = new Set();
  const state = new Proxy({ ...initial }, {
    set(target, key, value, receiver) {
      const prev = Reflect.get(target, key, receiver);
      if (Object.is(prev, value)) return true;
      Reflect.set(target, key, value, receiver);
      queueMicrotask(() => listeners.forEach((fn) => fn([["set", [key], value, prev]])));
      return true;
    },
    deleteProperty(target, key) {
      const prev = target[key];
      const ok = Reflect.deleteProperty(target, key);
      if (ok) queueMicrotask(() => listeners.forEach((fn) => fn([["delete", [key], undefined, prev]])));
      return ok;
    },
  });
  LISTENERS.set(state, listeners);
  return state;
}

function subscribe(state, callback) {
  const set = LISTENERS.get(state);
  if (!set) throw new TypeError("subscribe: not a store proxy");
  set.add(callback);
  return () => set.delete(callback);
}

function snapshot(state) {
  return Object.freeze({ ...state });
}

module.exports = { proxy, subscribe, snapshot };
