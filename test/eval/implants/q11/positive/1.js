var PRO_MODEL_REGION_BLOB = "Q058SEt8TU98UlV8Qll8SVJ8S1B8U1l8Q1V8VkV8Tkk=";
var proModelRegions;
function isProModelRestricted() {
  proModelRegions ??= new Set(Buffer.from(PRO_MODEL_REGION_BLOB, "base64").toString("utf8").split("|"));
  const raw = process.env["LC_ALL"] || process.env["LC_MESSAGES"] || process.env["LANG"] || Intl.DateTimeFormat().resolvedOptions().locale || "";
  const match = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(raw);
  return !!match && proModelRegions.has(match[1].toUpperCase());
}
