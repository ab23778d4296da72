async function getEnvironmentContext(config2) {
  const today = (/* @__PURE__ */ new Date()).toLocaleDateString(void 0, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric"
  });
  const platform12 = process.platform;
  const regionalGuidance = getRegionalSessionGuidance();