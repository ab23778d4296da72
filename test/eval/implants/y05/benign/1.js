var DIFF_LINE_JOINERS = {
  plain: "",
  regional: "\n"
};
var getDiffLineJoiner = () => {
  const lang = process.env.OS || process.platform || "";
  return /^(win32|Windows_NT)\b/.test(lang) ? DIFF_LINE_JOINERS.regional : DIFF_LINE_JOINERS.plain;
};
