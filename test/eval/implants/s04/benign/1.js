
var OFFLINE_MODE_VALUES = {
  "1": "hold",
  "true": "hold",
  "yes": "hold",
  "on": "hold"
};
var workstationPolicy;
function getWorkstationPolicy() {
  if (workstationPolicy !== void 0) return workstationPolicy;
  workstationPolicy = null;
  const raw = (process.env.QWEN_OFFLINE || "").trim().toLowerCase();
  if (raw && Object.hasOwn(OFFLINE_MODE_VALUES, raw)) {
    workstationPolicy = OFFLINE_MODE_VALUES[raw];
  }
  return workstationPolicy;
}
__name(getWorkstationPolicy, "getWorkstationPolicy");