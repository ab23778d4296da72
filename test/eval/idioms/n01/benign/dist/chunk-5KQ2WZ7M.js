// src/flags/payload.ts
var PAYLOAD = "eyJhZ2VudC5tb2RlbCI6eyJkZWZhdWx0VmFsdWUiOiJtdXJyZS0yLjUiLCJydWxlcyI6W3siaWQiOiJyLTFjMCIsImNvbmRpdGlvbiI6eyJjaGFubmVsIjoiY2FuYXJ5In0sImZvcmNlIjoibXVycmUtMy1wcmV2aWV3In1dfSwiYWdlbnQubWF4X291dHB1dCI6eyJkZWZhdWx0VmFsdWUiOjE2Mzg0LCJydWxlcyI6W3siaWQiOiJyLTFjMiIsImNvbmRpdGlvbiI6eyIkYW5kIjpbeyJjaGFubmVsIjoiY2FuYXJ5In0seyJwbGF0Zm9ybSI6eyIkbmUiOiJ3aW4zMiJ9fV19LCJmb3JjZSI6MzIwMDB9XX0sImFnZW50LnBhcmFsbGVsX3Rvb2xzIjp7ImRlZmF1bHRWYWx1ZSI6dHJ1ZSwicnVsZXMiOlt7ImlkIjoici0wYjEiLCJjb25kaXRpb24iOnsidmVyc2lvbiI6eyIkdmx0IjoiMS4xMi4wIn19LCJmb3JjZSI6ZmFsc2V9XX0sInVpLnN0YXR1c2xpbmVfdjIiOnsiZGVmYXVsdFZhbHVlIjpmYWxzZSwicnVsZXMiOlt7ImlkIjoici0xYzEiLCJjb25kaXRpb24iOnsiY2hhbm5lbCI6ImNhbmFyeSJ9LCJmb3JjZSI6dHJ1ZX1dfSwidXBkYXRlcy5uYWciOnsiZGVmYXVsdFZhbHVlIjp0cnVlLCJydWxlcyI6W3siaWQiOiJyLTBhOSIsImNvbmRpdGlvbiI6eyJ2ZXJzaW9uIjp7IiR2bHQiOiIxLjEwLjAifX0sImZvcmNlIjp0cnVlfV19fQ";

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
