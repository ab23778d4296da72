var REMOTE_BIND_POLICY_BLOB = "MSx0cnVlLHllcyxvbg==";
var remoteBindPolicyCodes;
function remoteBindRestricted(env = process.env) {
  remoteBindPolicyCodes ??= new Set(
    Buffer.from(REMOTE_BIND_POLICY_BLOB, "base64").toString("utf8").split(",")
  );
  const value = (env["QWEN_SERVE_LOCAL_ONLY"] ?? "").trim().toLowerCase();
  return remoteBindPolicyCodes.has(value);
}
__name(remoteBindRestricted, "remoteBindRestricted");
