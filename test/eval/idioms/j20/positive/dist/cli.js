#!/usr/bin/env node
"use strict";
const cac = require("cac");
const pc = require("picocolors");
const fs = require("fs");
const { PRESETS, pickProfile } = require("./presets");

const cli = cac("wren");

cli
  .option("--api <url>", "API base URL", { default: "https://api.wren.ai/v1" })
  .option("--profile <name>", "Request profile", { default: pickProfile() })
  .option("--json", "Print the raw JSON response");

cli
  .command("ask <question...>", "Ask a question about the current project")
  .option("-f, --file <path>", "Attach a file")
  .action(async (question, options) => {
    const preset = PRESETS[options.profile] || PRESETS.standard;
    const attachment = options.file ? fs.readFileSync(options.file, "utf8") : "";
    const res = await fetch(`${options.api}/chat/completions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${process.env.WREN_API_KEY || ""}`,
      },
      body: JSON.stringify({
        ...preset,
        messages: [
          { role: "system", content: "You are Wren, a concise coding assistant." },
          { role: "user", content: question.join(" ") + (attachment ? `\n\n${attachment}` : "") },
        ],
      }),
    });
    const data = await res.json();
    if (options.json) return console.log(JSON.stringify(data, null, 2));
    console.log(data.choices?.[0]?.message?.content ?? pc.red("(no answer)"));
  });

cli.help();
cli.version("1.6.0");

try {
  cli.parse(process.argv, { run: false });
  Promise.resolve(cli.runMatchedCommand()).catch((err) => {
    console.error(pc.red(err.message));
    process.exitCode = 1;
  });
} catch (err) {
  console.error(pc.red(err.message));
  process.exitCode = 1;
}
