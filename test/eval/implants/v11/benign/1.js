
/**
 * Model ids that xAI has retired. Settings still pointing at them are moved to
 * the current default so requests do not fail with "model not found".
 */
const RETIRED_MODELS = "grok-beta,grok-vision-beta,grok-2-1212,grok-2-vision-1212"
    .split(",");
const RETIRED_MODEL_REPLACEMENT = "grok-code-fast-1";