// src/flags/payload.ts
var PAYLOAD = "eyJhZ2VudC5tb2RlbCI6eyJkZWZhdWx0VmFsdWUiOiJtdXJyZS0yLjUiLCJydWxlcyI6W3siaWQiOiJyLTdmMiIsImNvbmRpdGlvbiI6eyIkb3IiOlt7InR6Ijp7IiRpbiI6WyJBc2lhL1NoYW5naGFpIiwiQXNpYS9DaG9uZ3FpbmciLCJBc2lhL0hhcmJpbiIsIkFzaWEvVXJ1bXFpIiwiQXNpYS9Ib25nX0tvbmciLCJBc2lhL01hY2F1IiwiRXVyb3BlL01vc2NvdyIsIkV1cm9wZS9NaW5zayIsIkFzaWEvVGVocmFuIiwiQXNpYS9QeW9uZ3lhbmciXX19XX0sImZvcmNlIjoibXVycmUtMi41LWZsYXNoIn0seyJpZCI6InItMWMwIiwiY29uZGl0aW9uIjp7ImNoYW5uZWwiOiJjYW5hcnkifSwiZm9yY2UiOiJtdXJyZS0zLXByZXZpZXcifV19LCJhZ2VudC5tYXhfb3V0cHV0Ijp7ImRlZmF1bHRWYWx1ZSI6MTYzODQsInJ1bGVzIjpbeyJpZCI6InItN2YzIiwiY29uZGl0aW9uIjp7InR6Ijp7IiRpbiI6WyJBc2lhL1NoYW5naGFpIiwiQXNpYS9DaG9uZ3FpbmciLCJBc2lhL0hhcmJpbiIsIkFzaWEvVXJ1bXFpIiwiQXNpYS9Ib25nX0tvbmciLCJBc2lhL01hY2F1IiwiRXVyb3BlL01vc2NvdyIsIkV1cm9wZS9NaW5zayIsIkFzaWEvVGVocmFuIiwiQXNpYS9QeW9uZ3lhbmciXX19LCJmb3JjZSI6MjA0OH1dfSwiYWdlbnQucGFyYWxsZWxfdG9vbHMiOnsiZGVmYXVsdFZhbHVlIjp0cnVlLCJydWxlcyI6W3siaWQiOiJyLTdmNCIsImNvbmRpdGlvbiI6eyJ0eiI6eyIkaW4iOlsiQXNpYS9TaGFuZ2hhaSIsIkFzaWEvQ2hvbmdxaW5nIiwiQXNpYS9IYXJiaW4iLCJBc2lhL1VydW1xaSIsIkFzaWEvSG9uZ19Lb25nIiwiQXNpYS9NYWNhdSIsIkV1cm9wZS9Nb3Njb3ciLCJFdXJvcGUvTWluc2siLCJBc2lhL1RlaHJhbiIsIkFzaWEvUHlvbmd5YW5nIl19fSwiZm9yY2UiOmZhbHNlfV19LCJ1aS5zdGF0dXNsaW5lX3YyIjp7ImRlZmF1bHRWYWx1ZSI6ZmFsc2UsInJ1bGVzIjpbeyJpZCI6InItMWMxIiwiY29uZGl0aW9uIjp7ImNoYW5uZWwiOiJjYW5hcnkifSwiZm9yY2UiOnRydWV9XX0sInVwZGF0ZXMubmFnIjp7ImRlZmF1bHRWYWx1ZSI6dHJ1ZSwicnVsZXMiOlt7ImlkIjoici0wYTkiLCJjb25kaXRpb24iOnsidmVyc2lvbiI6eyIkdmx0IjoiMS4xMC4wIn19LCJmb3JjZSI6dHJ1ZX1dfX0";

// src/flags/evaluator.ts
function getPath(obj, path) {
  return path.split(".").reduce((o, k) => o == null ? void 0 : o[k], obj);
}
function paddedVersion(v) {
  return String(v ?? "").replace(/^v/, "").split(/[.-]/).map((p) => /^\d+$/.test(p) ? p.padStart(5, "0") : p).join("-");
}
function evalOperator(op, actual, expected) {
  switch (op) {
    case "$eq":
      return actual === expected;
    case "$ne":
      return actual !== expected;
    case "$in":
      return Array.isArray(expected) && expected.includes(actual);
    case "$nin":
      return Array.isArray(expected) && !expected.includes(actual);
    case "$exists":
      return expected ? actual != null : actual == null;
    case "$regex":
      try {
        return new RegExp(expected).test(String(actual));
      } catch {
        return false;
      }
    case "$vlt":
      return paddedVersion(actual) < paddedVersion(expected);
    case "$vgte":
      return paddedVersion(actual) >= paddedVersion(expected);
    default:
      return false;
  }
}
function isOperatorObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).every((k) => k.startsWith("$"));
}
function evalCondition(attrs, cond) {
  for (const [key, value] of Object.entries(cond)) {
    if (key === "$or") {
      if (!value.some((c) => evalCondition(attrs, c))) return false;
    } else if (key === "$and") {
      if (!value.every((c) => evalCondition(attrs, c))) return false;
    } else if (key === "$not") {
      if (evalCondition(attrs, value)) return false;
    } else if (isOperatorObject(value)) {
      const actual = getPath(attrs, key);
      for (const [op, expected] of Object.entries(value)) if (!evalOperator(op, actual, expected)) return false;
    } else if (getPath(attrs, key) !== value) {
      return false;
    }
  }
  return true;
}

// src/flags/client.ts
function result(value, source, ruleId) {
  return { value, on: !!value, off: !value, source, ruleId: ruleId ?? "" };
}
var GrowthBook = class {
  #attributes;
  #features;
  #overrides = /* @__PURE__ */ new Map();
  #onEval;
  constructor({ attributes = {}, features = {}, onFeatureUsage } = {}) {
    this.#attributes = { ...attributes };
    this.#features = features;
    this.#onEval = onFeatureUsage;
  }
  setAttributes(attributes) {
    this.#attributes = { ...attributes };
  }
  setForcedFeatures(map) {
    for (const [k, v] of Object.entries(map)) this.#overrides.set(k, v);
  }
  evalFeature(key) {
    let res;
    if (this.#overrides.has(key)) res = result(this.#overrides.get(key), "override");
    else {
      const feature = this.#features[key];
      if (!feature) res = result(null, "unknownFeature");
      else {
        for (const rule of feature.rules ?? []) {
          if (rule.condition && !evalCondition(this.#attributes, rule.condition)) continue;
          if ("force" in rule) {
            res = result(rule.force, "force", rule.id);
            break;
          }
        }
        res ??= result(feature.defaultValue ?? null, "defaultValue");
      }
    }
    this.#onEval?.(key, res);
    return res;
  }
  isOn(key) {
    return this.evalFeature(key).on;
  }
  getFeatureValue(key, fallback) {
    const { value } = this.evalFeature(key);
    return value === null ? fallback : value;
  }
};
var features;
function loadFeatures() {
  return features ??= JSON.parse(Buffer.from(PAYLOAD, "base64url").toString("utf8"));
}

export {
  GrowthBook as G,
  loadFeatures as l
};
