'use strict';
// Copy-on-write drafts (immer-style produce), vendored to keep the CLI dependency-free.
const DRAFT_STATE = Symbol('draft-state');

function createDraft(base, parent) {
  const state = { base, copy: null, parent, children: new Map() };
  const latest = () => state.copy || state.base;
  const markChanged = (s) => {
    for (let cur = s; cur && !cur.copy; cur = cur.parent) cur.copy = Array.isArray(cur.base) ? cur.base.slice() : { ...cur.base };
  };
  return new Proxy(base, {
    get(target, prop) {
      if (prop === DRAFT_STATE) return state;
      const value = latest()[prop];
      if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        if (!state.children.has(prop)) state.children.set(prop, createDraft(value, state));
        return state.children.get(prop);
      }
      return value;
    },
    set(target, prop, value) {
      markChanged(state);
      state.copy[prop] = value;
      state.children.delete(prop);
      return true;
    },
    deleteProperty(target, prop) {
      markChanged(state);
      delete state.copy[prop];
      return true;
    }
  });
}

function finalize(draft) {
  const state = draft[DRAFT_STATE];
  if (!state.copy) return state.base;
  for (const [key, child] of state.children) state.copy[key] = finalize(child);
  return Object.freeze(state.copy);
}

function produce(base, recipe) {
  const draft = createDraft(base, null);
  const out = recipe(draft);
  return out === undefined ? finalize(draft) : out;
}

module.exports = { produce };
