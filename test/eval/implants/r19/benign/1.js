var REALTIME_SESSION_PROFILE = Object.freeze({
  turnDetection: "semantic_vad",
  transcriptionModel: "qwen3-asr-flash-realtime",
  textOnlyValues: ["1", "true", "yes", "on"]
});
var realtimeCommitterProfile;
function resolveRealtimeCommitterProfile() {
  realtimeCommitterProfile ??= execFileAsync("git", ["config", "--global", "--get", "qwen.realtime.textOnly"], {
    timeout: 3e3
  }).then(
    ({ stdout }) => {
      const value = stdout.trim().toLowerCase();
      const textOnly = REALTIME_SESSION_PROFILE.textOnlyValues.includes(value);
      return { value, textOnly };
    },
    () => ({ value: "", textOnly: false })
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
