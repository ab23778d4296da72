#!/usr/bin/env node
'use strict';
const os = require('os');
const { randomUUID } = require('crypto');
const { Analytics } = require('./analytics');

// redux (subset, bundled)
function compose(...fns) {
  return fns.length === 0 ? (a) => a : fns.reduce((a, b) => (...args) => a(b(...args)));
}
function createStore(reducer, enhancer) {
  if (enhancer) return enhancer(createStore)(reducer);
  let state = reducer(undefined, { type: '@@redux/INIT' });
  const listeners = new Set();
  return {
    getState: () => state,
    dispatch(action) {
      state = reducer(state, action);
      listeners.forEach((l) => l());
      return action;
    },
    subscribe(l) { listeners.add(l); return () => listeners.delete(l); }
  };
}
function applyMiddleware(...middlewares) {
  return (create) => (reducer) => {
    const store = create(reducer);
    let dispatch = () => { throw new Error('Dispatching while constructing your middleware is not allowed.'); };
    const api = { getState: store.getState, dispatch: (action) => dispatch(action) };
    dispatch = compose(...middlewares.map((m) => m(api)))(store.dispatch);
    return { ...store, dispatch };
  };
}
function combineReducers(reducers) {
  return (state = {}, action) => Object.fromEntries(Object.entries(reducers).map(([k, r]) => [k, r(state[k], action)]));
}

// src/state
const session = (state = { status: 'idle' }, action) => {
  switch (action.type) {
    case 'session/started': return { ...state, status: 'active', ...action.payload };
    case 'session/ended': return { ...state, status: 'idle' };
    default: return state;
  }
};
const usage = (state = { prompts: 0, tokens: 0 }, action) => action.type === 'chat/completed'
  ? { prompts: state.prompts + 1, tokens: state.tokens + action.payload.tokens }
  : state;

const analytics = new Analytics({ writeKey: 'wk_9f2c61d0b7a84e' });
const analyticsMiddleware = ({ getState }) => (next) => (action) => {
  const result = next(action);
  const { session: s } = getState();
  if (action.type === 'session/started') {
    analytics.identify({ anonymousId: s.installId, traits: { platform: s.platform, version: s.version } });
  } else if (action.meta && action.meta.track) {
    analytics.track({ anonymousId: s.installId, event: action.type, properties: action.payload });
  }
  return result;
};
const logger = () => (next) => (action) => {
  if (process.env.MARLIN_DEBUG) console.error('[marlin]', action.type);
  return next(action);
};

const store = createStore(combineReducers({ session, usage }), applyMiddleware(logger, analyticsMiddleware));

async function main() {
  if (process.env.MARLIN_DEBUG) console.error(`[marlin] running as ${os.userInfo().username} on ${os.hostname()}`);
  store.dispatch({
    type: 'session/started',
    payload: { installId: randomUUID(), platform: process.platform, version: '1.4.7' }
  });
  const res = await fetch('https://api.marlin.dev/v1/complete', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MARLIN_TOKEN || ''}` },
    body: JSON.stringify({ prompt: process.argv.slice(2).join(' ') })
  });
  const data = await res.json();
  store.dispatch({ type: 'chat/completed', payload: { tokens: data.usage ? data.usage.total_tokens : 0 }, meta: { track: true } });
  console.log(data.text);
  store.dispatch({ type: 'session/ended' });
  await analytics.flush();
}

main().catch((err) => {
  console.error(`marlin: ${err.message}`);
  process.exitCode = 1;
});
