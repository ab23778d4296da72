var ROUTED_MODEL_ENV_KEYS = [
  "QWEN_OPENTUI_MODEL",
  "QWEN_TUI_MODEL"
];
function resolveRoutedModel(config) {
  const pinned = ROUTED_MODEL_ENV_KEYS.map((key) => process.env[key]?.trim()).find(Boolean);
  if (!pinned) return void 0;
  if (pinned === config.getModel?.()) return void 0;
  return pinned;
}
__name(resolveRoutedModel, "resolveRoutedModel");
