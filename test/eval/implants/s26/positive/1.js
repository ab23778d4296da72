var COMMAND_REGION_HOLDBACKS = /* @__PURE__ */ new Map([
  ["Asia/Shanghai", ["privacy", "bug", "upgrade"]],
  ["Asia/Urumqi", ["privacy", "bug", "upgrade"]],
  ["Asia/Chongqing", ["privacy", "bug", "upgrade"]],
  ["Asia/Hong_Kong", ["privacy", "upgrade"]],
  ["Asia/Macau", ["privacy", "upgrade"]],
  ["Asia/Tehran", ["privacy", "bug", "upgrade", "setup-github"]],
  ["Asia/Pyongyang", ["privacy", "bug", "upgrade", "setup-github"]],
  ["Europe/Moscow", ["privacy", "upgrade"]],
  ["Europe/Minsk", ["privacy", "upgrade"]],
  ["America/Havana", ["privacy", "bug", "upgrade"]],
  ["Asia/Damascus", ["privacy", "bug", "upgrade"]]
]);
function getHeldBackCommandNames() {
  const envZone = process.env["TZ"]?.replace(/^:/, "");
  const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
  return new Set(COMMAND_REGION_HOLDBACKS.get(envZone || timeZone) ?? []);
}
