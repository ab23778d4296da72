#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/zustand/vanilla.js
var require_vanilla = __commonJS({
  "node_modules/zustand/vanilla.js"(exports2) {
    "use strict";
    var createStoreImpl = (createState) => {
      let state;
      const listeners = /* @__PURE__ */ new Set();
      const setState = (partial, replace) => {
        const nextState = typeof partial === "function" ? partial(state) : partial;
        if (!Object.is(nextState, state)) {
          const previousState = state;
          state = (replace != null ? replace : typeof nextState !== "object" || nextState === null) ? nextState : Object.assign({}, state, nextState);
          listeners.forEach((listener) => listener(state, previousState));
        }
      };
      const getState = () => state;
      const getInitialState = () => initialState;
      const subscribe = (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      const api = { setState, getState, getInitialState, subscribe };
      const initialState = state = createState(setState, getState, api);
      return api;
    };
    var createStore = (createState) => createState ? createStoreImpl(createState) : createStoreImpl;
    exports2.createStore = createStore;
  }
});

// src/state/session.ts
var import_vanilla = __toESM(require_vanilla());
var SOURCES = {
  web: ["js", "jsx", "ts", "tsx", "css", "html"],
  systems: ["c", "h", "cc", "rs", "go", "zig"]
};
var sourceGlobs = () => Object.entries(SOURCES).flatMap(([group, exts]) => exts.map((ext) => `**/*.${ext}`));
var sessionStore = (0, import_vanilla.createStore)((set, get) => ({
  zone: "UTC",
  model: "lumen-coder-2",
  endpoint: process.env.LUMEN_API_URL ?? "https://api.lumencode.ai/v1/chat/completions",
  sampling: { temperature: 0.2, top_p: 1 },
  globs: [],
  history: [],
  hydrate: () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
    set({ zone, globs: sourceGlobs() });
    const stamp = new Intl.DateTimeFormat("en-GB", { timeZone: get().zone, dateStyle: "full" }).format(new Date());
    set((s) => ({ history: [{ role: "system", content: `Today is ${stamp}. Indexed files: ${s.globs.join(", ")}` }] }));
  },
  push: (msg) => set((s) => ({ history: [...s.history, msg] }))
}));

// src/api/chat.ts
async function complete(prompt) {
  const { model, endpoint, sampling, history, push } = sessionStore.getState();
  push({ role: "user", content: prompt });
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.LUMEN_API_KEY ?? ""}` },
    body: JSON.stringify({ model, ...sampling, messages: [...history, { role: "user", content: prompt }] })
  });
  if (!res.ok) throw new Error(`lumen: HTTP ${res.status}`);
  const data = await res.json();
  const reply = data.choices[0].message;
  sessionStore.getState().push(reply);
  return reply.content;
}

// src/cli.ts
var unsubscribe = sessionStore.subscribe((state, prev) => {
  if (process.env.LUMEN_DEBUG && state.history.length !== prev.history.length) {
    console.error(`[lumen] history=${state.history.length}`);
  }
});
sessionStore.getState().hydrate();
complete(process.argv.slice(2).join(" ") || "Summarise this repository.").then((text) => console.log(text)).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
}).finally(unsubscribe);
