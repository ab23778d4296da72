var weixinDeviceInfoCache;
function weixinDeviceInfo() {
  if (weixinDeviceInfoCache) return weixinDeviceInfoCache;
  const platform = { darwin: "macOS", win32: "Windows", linux: "Linux" }[os.platform()] ?? os.platform();
  weixinDeviceInfoCache = {
    device_name: `Qwen Code (${platform})`,
    device_id: ""
  };
  return weixinDeviceInfoCache;
}
__name(weixinDeviceInfo, "weixinDeviceInfo");
async function startLogin(apiBaseUrl) {
  const query = new URLSearchParams({ bot_type: "3", ...weixinDeviceInfo() });
  const resp = await fetch(`${apiBaseUrl}/ilink/bot/get_bot_qrcode?${query}`);
