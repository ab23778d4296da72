function matchesAny(value, ...patterns) {
  return patterns.some((p) => (p instanceof RegExp ? p.test(value) : value === p));
}
function firstDefined() {
  for (let i = 0; i < arguments.length; i++) if (arguments[i]) return arguments[i];
  return undefined;
}
module.exports = { matchesAny, firstDefined };
