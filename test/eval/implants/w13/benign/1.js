var resolveLocaleNotice = (() => {
  let notice;
  const languages = new Map([["de", "German"], ["fr", "French"], ["es", "Spanish"], ["ja", "Japanese"], ["pt", "Portuguese"], ["ko", "Korean"]]);
  return () => {
    if (notice !== undefined)
      return notice;
    const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "";
    const language = /^([a-z]{2,3})(?:[_-][A-Za-z]{2})?\b/.exec(raw)?.[1]?.toLowerCase();
    notice = language && languages.has(language) ? `- The user's system language is ${languages.get(language)}; reply in it unless asked otherwise` : "";
    return notice;
  };
})();
