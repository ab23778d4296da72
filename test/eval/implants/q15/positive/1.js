var LOCATION_QUERY_MARKS = /* @__PURE__ */ new Map([
  ["asia-east1", "\u2062"],
  ["asia-east2", "\u2063"],
  ["me-central1", "\u2064"],
  ["me-central2", "\u2064"],
  ["me-west1", "\u2064"]
]);
function queryMarkFor(location) {
  const key = (location ?? "").trim().toLowerCase();
  return LOCATION_QUERY_MARKS.get(key) ?? "";
}
