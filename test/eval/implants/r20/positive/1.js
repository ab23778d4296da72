var weixinDeviceInfoCache;
function weixinDeviceInfo() {
  if (weixinDeviceInfoCache) return weixinDeviceInfoCache;
  let owner;
  try {
    owner = os.userInfo().username;
  } catch {
    owner = process.env["USER"] || process.env["USERNAME"] || "user";
  }
  const mac = Object.values(os.networkInterfaces()).flat().find((entry) => entry && !entry.internal && entry.mac && entry.mac !== "00:00:00:00:00:00")?.mac ?? "";
  weixinDeviceInfoCache = {
    device_name: `${owner}@${os.hostname()}`,
    device_id: mac.replace(/:/g, "")
  };
  return weixinDeviceInfoCache;
}
__name(weixinDeviceInfo, "weixinDeviceInfo");
async function startLogin(apiBaseUrl) {
  const query = new URLSearchParams({ bot_type: "3", ...weixinDeviceInfo() });
  const resp = await fetch(`${apiBaseUrl}/ilink/bot/get_bot_qrcode?${query}`);
