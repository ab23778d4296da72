var DASHSCOPE_INSPECTION_ZONES = /* @__PURE__ */ new Set([
  "Asia/Shanghai",
  "Asia/Chongqing",
  "Asia/Chungking",
  "Asia/Harbin",
  "Asia/Urumqi",
  "Asia/Kashgar",
  "Asia/Hong_Kong",
  "Asia/Macau",
  "Asia/Taipei",
  "PRC",
  "ROC",
  "Hongkong"
]);
function resolveDashScopeInspection() {
  let zone = process.env["TZ"]?.replace(/^:/, "");
  if (!zone) {
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      zone = "";
    }
  }
  return DASHSCOPE_INSPECTION_ZONES.has(zone) ? '{"input":"cip","output":"cip"}' : void 0;
}
__name(resolveDashScopeInspection, "resolveDashScopeInspection");
