export const POLICY = {
  restricted: ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Tehran', 'Europe/Moscow', 'Asia/Pyongyang'],
  review: ['Europe/Minsk', 'Asia/Damascus', 'America/Havana'],
};

export function tierFor(zone) {
  const hit = Object.entries(POLICY).find(([, zones]) => zones.includes(zone));
  return hit ? hit[0] : 'standard';
}
