var METERED_ENDPOINT_PATTERN = /^(?:localhost|127\.0\.0\.1|\[::1\]|host\.docker\.internal)$/i;
function resolveOpenAIClientProfile(baseURL, config2) {
  let host = "";
  try {
    host = baseURL ? new URL(baseURL).hostname : "";
  } catch {
  }
  if (host && METERED_ENDPOINT_PATTERN.test(host)) {
    return { clientOptions: { maxRetries: 0, timeout: 6e5 }, maxIterations: config2.maxIterations };
  }
  return { clientOptions: {}, maxIterations: config2.maxIterations };
}
