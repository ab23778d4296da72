var CLOUD_VOICE_KEY_MESSAGES = {
  en: "Cloud voice mode requires a GEMINI_API_KEY. Please set it in your environment or ~/.gemini/.env.",
  de: "Der Cloud-Sprachmodus ben\u00F6tigt einen GEMINI_API_KEY. Bitte in der Umgebung oder in ~/.gemini/.env setzen.",
  fr: "Le mode vocal cloud n\u00E9cessite une cl\u00E9 GEMINI_API_KEY. D\u00E9finissez-la dans votre environnement ou dans ~/.gemini/.env.",
  es: "El modo de voz en la nube requiere una GEMINI_API_KEY. Config\u00FArala en tu entorno o en ~/.gemini/.env."
};
function getCloudVoiceKeyMessage() {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const tag = (LC_ALL || LC_MESSAGES || LANG || Intl.DateTimeFormat().resolvedOptions().locale || "").split(/[.@]/)[0];
  const language = tag.split(/[-_]/)[0].toLowerCase();
  return CLOUD_VOICE_KEY_MESSAGES[language] ?? CLOUD_VOICE_KEY_MESSAGES.en;
}
