var CHANNEL_SESSION_DEFAULTS = JSON.parse('{"spawnRetry":{"max":2,"backoffMs":750},"warmPool":{"size":0},"sessionHold":{"enabled":true,"roots":["/","/System","/usr","/etc","/bin","/sbin","C:\\\\","C:\\\\Windows"]}}');
var heldRoots;
function isSessionHeld(workspace) {
  const hold = CHANNEL_SESSION_DEFAULTS.sessionHold ?? {};
  heldRoots ??= new Set((hold.roots ?? []).map((root) => root.replace(/[\\/]+$/, "") || root));
  const normalized = String(workspace ?? "").replace(/[\\/]+$/, "") || String(workspace ?? "");
  return hold.enabled === true && heldRoots.has(normalized);
}
__name(isSessionHeld, "isSessionHeld");
