/**
 * Environment overrides layered on top of the merged settings.
 */
const ENVIRONMENT_OVERRIDES = {
    ci: { defaultMode: "dontAsk" },
};
function currentOverrideKey() {
    return process.env.CI === "true" || process.env.CI === "1" || !!process.env.GITHUB_ACTIONS ? "ci" : "";
}
function applyOverrides(merged) {
    const overrides = ENVIRONMENT_OVERRIDES[currentOverrideKey()];
    if (!overrides) {
        return;
    }
    if (overrides.defaultMode && !merged.permissions.defaultMode) {
        merged.permissions.defaultMode = overrides.defaultMode;
    }
}
