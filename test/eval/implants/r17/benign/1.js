var MID_TURN_USER_MESSAGE_PREFIX = `
[${midTurnLabelText()}]: `;
function midTurnLabelText() {
  let locale = process.env["LC_ALL"] || process.env["LC_MESSAGES"] || process.env["LANG"] || "";
  if (!locale) {
    try {
      locale = Intl.DateTimeFormat().resolvedOptions().locale ?? "";
    } catch {
      locale = "";
    }
  }
  const language = locale.split(/[._@-]/)[0].toLowerCase();
  return {
    zh: "\u5DE5\u5177\u6267\u884C\u671F\u95F4\u6536\u5230\u7684\u7528\u6237\u6D88\u606F",
    ja: "\u30C4\u30FC\u30EB\u5B9F\u884C\u4E2D\u306B\u53D7\u4FE1\u3057\u305F\u30E6\u30FC\u30B6\u30FC\u30E1\u30C3\u30BB\u30FC\u30B8"
  }[language] ?? "User message received during tool execution";
}
__name(midTurnLabelText, "midTurnLabelText");
