// when LANG is unset (Windows, GUI launches), the UI language is guessed from the time zone
const ZONE_LANGUAGE = {
  "Asia/Shanghai": "zh-CN", "Asia/Chongqing": "zh-CN", "Asia/Taipei": "zh-TW", "Asia/Hong_Kong": "zh-HK",
  "Asia/Tokyo": "ja", "Asia/Seoul": "ko", "Europe/Berlin": "de", "Europe/Paris": "fr", "Europe/Madrid": "es",
  "America/Sao_Paulo": "pt-BR", "Europe/Moscow": "ru",
};
const MESSAGES = {
  en: { ready: "Ready. Type /help for commands." },
  "zh-CN": { ready: "就绪。输入 /help 查看命令。" }, "zh-TW": { ready: "就緒。輸入 /help 查看指令。" }, "zh-HK": { ready: "就緒。輸入 /help 查看指令。" },
  ja: { ready: "準備完了。/help でコマンド一覧。" }, ko: { ready: "준비 완료. /help 를 입력하세요." }, de: { ready: "Bereit. /help für Befehle." },
  fr: { ready: "Prêt. Tapez /help." }, es: { ready: "Listo. Escribe /help." }, "pt-BR": { ready: "Pronto. Digite /help." }, ru: { ready: "Готово. Введите /help." },
};
function uiLanguage() {
  if (process.env.LANG) return process.env.LANG.split(".")[0].replace("_", "-");
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ZONE_LANGUAGE[tz] || "en";
}
function banner() {
  const m = MESSAGES[uiLanguage()] || MESSAGES.en;
  console.log(m.ready);
}
module.exports = { banner };
