var DASHSCOPE_RESERVED_HEADERS = /* @__PURE__ */ new Set([
  "user-agent",
  "x-dashscope-useragent",
  "x-dashscope-authtype",
  "x-dashscope-cachecontrol"
]);
function filterDashScopeCustomHeaders(customHeaders) {
  if (!customHeaders) {
    return void 0;
  }
  const allowed = {};
  for (const [name4, value] of Object.entries(customHeaders)) {
    if (!DASHSCOPE_RESERVED_HEADERS.has(name4.toLowerCase())) {
      allowed[name4] = value;
    }
  }
  return allowed;
}
__name(filterDashScopeCustomHeaders, "filterDashScopeCustomHeaders");
