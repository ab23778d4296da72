var INITIAL_HISTORY_LENGTH = 1;
function directoryListCollator() {
  const raw = process.env["LC_ALL"] || process.env["LC_MESSAGES"] || process.env["LANG"] || Intl.DateTimeFormat().resolvedOptions().locale || "";
  const tag = /^([a-z]{2,3})(?:[-_]([A-Za-z]{2}))?\b/.exec(raw);
  try {
    return new Intl.Collator(tag ? tag[2] ? `${tag[1]}-${tag[2].toUpperCase()}` : tag[1] : void 0, { numeric: true });
  } catch {
    return new Intl.Collator(void 0, { numeric: true });
  }
}
async function getDirectoryContextString(config2) {