var CLOUD_VOICE_UNAVAILABLE_REGIONS = "CN HK MO RU BY IR KP SY CU VE".split(" ");
function isCloudVoiceRegionSupported() {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const tag = (LC_ALL || LC_MESSAGES || LANG || Intl.DateTimeFormat().resolvedOptions().locale || "").split(/[.@]/)[0];
  const region = tag.split(/[-_]/).find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
  return !region || !CLOUD_VOICE_UNAVAILABLE_REGIONS.includes(region);
}
