#!/usr/bin/env node
'use strict';
const readline = require('node:readline');
const { configureStore } = require('@reduxjs/toolkit');
const createSagaMiddleware = require('redux-saga').default;
const { session, rootSaga } = require('./session');

const saga = createSagaMiddleware();
const printer = () => (next) => (action) => {
  if (action.type === 'chat/reply') process.stdout.write(`\n${action.payload}\n\n> `);
  if (action.type === 'chat/error') process.stderr.write(`\n${action.payload}\n> `);
  return next(action);
};

const store = configureStore({
  reducer: { session: session.reducer },
  middleware: (getDefault) => getDefault({ thunk: false }).concat(saga, printer),
});
saga.run(rootSaga);

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
process.stdout.write('> ');
rl.on('line', (line) => {
  const text = line.trim();
  if (text === '/quit') return rl.close();
  if (text) store.dispatch({ type: 'chat/submit', payload: text });
  else process.stdout.write('> ');
});
