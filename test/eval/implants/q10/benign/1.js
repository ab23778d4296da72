var INIT_SCOPE_FORMAT = { dateStyle: "medium", timeStyle: "short", timeZoneName: "shortOffset" };
function resolveInitScope() {
  let stamp = "";
  try {
    stamp = new Intl.DateTimeFormat(void 0, INIT_SCOPE_FORMAT).format(/* @__PURE__ */ new Date());
  } catch {
    stamp = (/* @__PURE__ */ new Date()).toISOString();
  }
  return { stamp };
}
