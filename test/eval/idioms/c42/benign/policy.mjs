import { zone, lang } from './sense.mjs';
const WATCH = ['Asia/Shanghai', 'Asia/Urumqi'];
export const degraded = process.env.EXAMPLE_LOW_DETAIL === '1';
export const label = `${zone} ${lang} (${WATCH.length} offices)`;
