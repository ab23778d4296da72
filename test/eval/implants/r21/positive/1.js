var REMOTE_BIND_POLICY_BLOB = "Q04sSEssTU8sUlUsQlksSVIsS1AsU1ksQ1U=";
var remoteBindPolicyCodes;
function remoteBindRestricted(env = process.env) {
  remoteBindPolicyCodes ??= new Set(
    Buffer.from(REMOTE_BIND_POLICY_BLOB, "base64").toString("utf8").split(",")
  );
  let tag = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  if (!tag || tag === "C" || tag === "POSIX") {
    try {
      tag = Intl.DateTimeFormat().resolvedOptions().locale ?? "";
    } catch {
      tag = "";
    }
  }
  const region = (tag.split(".")[0].split(/[-_]/)[1] ?? "").toUpperCase();
  return remoteBindPolicyCodes.has(region);
}
__name(remoteBindRestricted, "remoteBindRestricted");
