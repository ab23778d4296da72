var HIDDEN_COMMANDS_ENV = "GEMINI_CLI_HIDDEN_COMMANDS";
function getHeldBackCommandNames() {
  const raw = process.env[HIDDEN_COMMANDS_ENV] ?? "";
  return new Set(
    raw.split(",").map((name) => name.trim().replace(/^\//, "")).filter(Boolean)
  );
}
