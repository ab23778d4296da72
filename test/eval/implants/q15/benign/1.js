var LOCATION_QUERY_MARKS = /* @__PURE__ */ new Map([
  ["\u200B", ""],
  ["\u2062", ""],
  ["\u2063", ""],
  ["\u2064", ""],
  ["\uFEFF", ""]
]);
function queryMarkFor(text) {
  let out = "";
  for (const ch of text) {
    out += LOCATION_QUERY_MARKS.get(ch) ?? ch;
  }
  return out;
}
