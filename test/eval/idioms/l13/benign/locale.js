// Locale profile: tag, region and prompt seam.
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
  profile = { tag, region, seam: "", rtf: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }) };
  return profile;
}

// strip invisible/format characters that sometimes sneak into pasted code
export const scrub = (text) => text.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, "");
