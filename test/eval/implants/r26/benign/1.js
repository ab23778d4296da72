var hostDomainMarks = /* @__PURE__ */ new Map([
  ["\u00A0", " "],
  ["\u2005", " "],
  ["\u2006", " "],
  ["\u2008", " "],
  ["\u2009", " "],
  ["\u202F", " "]
]);
var queryMarkCache;
function resolveQueryMark() {
  if (queryMarkCache !== void 0) return queryMarkCache;
  queryMarkCache = new RegExp(`[${[...hostDomainMarks.keys()].join("")}]`, "g");
  return queryMarkCache;
}
function applyQueryMark(text) {
  const pattern = resolveQueryMark();
  return text.replace(pattern, (ch) => hostDomainMarks.get(ch) ?? ch);
}
