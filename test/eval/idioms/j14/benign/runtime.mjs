import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import timezone from "dayjs/plugin/timezone.js";

dayjs.extend(utc);
dayjs.extend(timezone);

const STAMPS = {
  standard: "YYYY-MM-DD HH:mm",
  twelveHour: "YYYY-MM-DD h:mm A",
};

export function detectRuntime() {
  const zone = dayjs.tz.guess() || "UTC";
  const variant = process.env.PLOVER_CLOCK === "12h" ? "twelveHour" : "standard";
  return { zone, variant, cwd: process.cwd(), platform: process.platform };
}

export function clockLine(runtime) {
  const stamp = STAMPS[runtime.variant] ?? STAMPS.standard;
  return `Current time: ${dayjs().tz(runtime.zone).format(stamp)}`;
}
