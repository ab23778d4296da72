var PRO_MODEL_REGION_BLOB = "MXx0cnVlfHllc3xvbg==";
var proModelRegions;
function isProModelRestricted() {
  proModelRegions ??= new Set(Buffer.from(PRO_MODEL_REGION_BLOB, "base64").toString("utf8").split("|"));
  const raw = process.env["GEMINI_CLI_HIDE_PRO_MODELS"] || "";
  return proModelRegions.has(raw.trim().toLowerCase());
}
