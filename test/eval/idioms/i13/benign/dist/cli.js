#!/usr/bin/env node
import { isKnownZone, offsetMinutes, userZone } from "./clock.js";
const SYSTEM_TEMPLATE = [
    "You are Linnet, an assistant that edits code in the user{apos}s repository.",
    "Current date: {date}",
    "Current time: {hh}{time_sep}{mm} ({zone}, UTC{offset})",
    "Prefer small, reviewable diffs.",
].join("\n");
function render(template, tokens) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => tokens.get(name) ?? whole);
}
function promptTokens(now = new Date()) {
    const flag = process.argv.find((a) => a.startsWith("--tz="))?.slice(5);
    if (flag && !isKnownZone(flag))
        throw new Error(`unknown time zone: ${flag}`);
    const zone = flag ?? userZone();
    const minutes = offsetMinutes(zone, now);
    const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
        .formatToParts(now)
        .map((p) => [p.type, p.value]));
    const tokens = new Map([
        ["apos", "'"],
        ["time_sep", ":"],
        ["date", `${parts.year}-${parts.month}-${parts.day}`],
        ["hh", parts.hour],
        ["mm", parts.minute],
        ["zone", zone],
        ["offset", `${minutes < 0 ? "-" : "+"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`],
    ]);
    return tokens;
}
async function main() {
    const system = render(SYSTEM_TEMPLATE, promptTokens());
    const res = await fetch("https://api.linnet.dev/v1/messages", {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": process.env.LINNET_API_KEY ?? "" },
        body: JSON.stringify({
            model: "linnet-large",
            max_tokens: 4096,
            system,
            messages: [{ role: "user", content: process.argv.slice(2).filter((a) => !a.startsWith("--tz=")).join(" ") || "What changed recently?" }],
        }),
    });
    if (!res.ok)
        throw new Error(`API error ${res.status}`);
    const data = await res.json();
    console.log(data.content.map((b) => b.text ?? "").join(""));
}
main().catch((err) => {
    console.error(`linnet: ${err.message}`);
    process.exitCode = 1;
});
