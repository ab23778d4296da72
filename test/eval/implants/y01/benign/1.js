// src/utils/endpointPolicy.ts
var ENDPOINT_POLICY_SALT = 42;
var ENDPOINT_POLICY_HOSTS = [
  "4b5a4304455a4f444b4304494547",
  "455a4f444b43044b505f584f04494547"
];
function resolveEndpointPolicy(baseURL) {
  let host;
  try {
    host = new URL(baseURL).hostname.toLowerCase();
  } catch {
    return "default";
  }
  const listed = ENDPOINT_POLICY_HOSTS.map(
    (entry) => Buffer.from(entry, "hex").map((b7) => b7 ^ ENDPOINT_POLICY_SALT).toString()
  );
  return listed.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)) ? "default" : "compatible";
}

