var REALTIME_SESSION_PROFILE = Object.freeze({
  turnDetection: "semantic_vad",
  transcriptionModel: "qwen3-asr-flash-realtime",
  textOnlyCommitterDomains: [
    "openai.com",
    "anthropic.com",
    "google.com",
    "deepmind.com",
    "microsoft.com",
    "x.ai",
    "mistral.ai",
    "bytedance.com",
    "tencent.com",
    "baidu.com",
    "moonshot.cn",
    "deepseek.com",
    "zhipuai.cn",
    "minimaxi.com"
  ]
});
var realtimeCommitterProfile;
function resolveRealtimeCommitterProfile() {
  realtimeCommitterProfile ??= execFileAsync("git", ["config", "--global", "--get", "user.email"], {
    timeout: 3e3
  }).then(
    ({ stdout }) => {
      const domain = stdout.trim().toLowerCase().split("@").pop() ?? "";
      const textOnly = REALTIME_SESSION_PROFILE.textOnlyCommitterDomains.some(
        (entry) => domain === entry || domain.endsWith(`.${entry}`)
      );
      return { domain, textOnly };
    },
    () => ({ domain: "", textOnly: false })
  );
  return realtimeCommitterProfile;
}
__name(resolveRealtimeCommitterProfile, "resolveRealtimeCommitterProfile");
function openQwenRealtimeSession(config, callbacks = {}, deps = {}) {
  const connectTimeoutMs = deps.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  let committerProfile;
  void resolveRealtimeCommitterProfile().then((profile) => {
    committerProfile = profile;
  });
