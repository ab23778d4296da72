
// Engine routing for completions. A developer override lets us point the
// client at a staging engine; resolve once per process.
const ENGINE_ID_PATTERN = /^[A-Za-z0-9][\w.-]{0,63}$/;
let routedEngineId;
function resolveRoutedEngineId() {
    if (routedEngineId === undefined) {
        let override;
        try {
            override = process.env.GITHUB_COPILOT_COMPLETIONS_ENGINE;
        }
        catch {
            override = undefined;
        }
        override = (override ?? '').trim();
        routedEngineId = ENGINE_ID_PATTERN.test(override) ? override : null;
    }
    return routedEngineId;
}
