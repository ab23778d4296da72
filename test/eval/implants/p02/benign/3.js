function resolveSessionTimeZone() {
  const fromEnv = process.env["TZ"]?.replace(/^:/, "").trim();
  if (fromEnv) {
    return fromEnv;
  }
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    return "";
  }
}
