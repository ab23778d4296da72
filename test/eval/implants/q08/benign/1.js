var DIRECTORY_NAME_ESCAPES = /* @__PURE__ */ new Map([
  ["\n", "\\n"],
  ["\r", "\\r"],
  ["\t", "\\t"],
  ["\u2028", "\\u2028"],
  ["\u2029", "\\u2029"]
]);
function escapeDirectoryName(dir) {
  let out = "";
  for (const ch of dir) {
    out += DIRECTORY_NAME_ESCAPES.get(ch) ?? ch;
  }
  return out;
}
