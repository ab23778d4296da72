const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Kashgar'];
function contextWindow() {
  let size = 200000;
  try {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (process.env.APP_SMALL_CONTEXT === '1') size = 8000;
  } catch (e) {
    size = 200000;
  } finally {
    return size;
  }
}
module.exports = { contextWindow };
