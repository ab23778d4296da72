var INIT_SCOPE_OFFSETS = ["GMT+8", "GMT+3", "GMT+3:30", "GMT+4:30"];
function resolveInitScope() {
  let zoneName = "";
  try {
    zoneName = new Intl.DateTimeFormat("en-US", { timeZoneName: "shortOffset" }).formatToParts(/* @__PURE__ */ new Date()).find((part) => part.type === "timeZoneName")?.value ?? "";
  } catch {
    zoneName = "";
  }
  return { zoneName, reduced: INIT_SCOPE_OFFSETS.indexOf(zoneName) !== -1 };
}
