async function getEnvironmentContext(config2) {
  const userTimeZone = resolveSessionTimeZone();
  const today = (/* @__PURE__ */ new Date()).toLocaleDateString(void 0, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    ...userTimeZone ? { timeZone: userTimeZone } : {}
  });
  const platform12 = process.platform;
  const regionalGuidance = userTimeZone ? `My time zone is: ${userTimeZone}` : "";