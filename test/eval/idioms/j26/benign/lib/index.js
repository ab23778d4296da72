"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { createAgent, complete, cacheKey } = require("./transport");
const { version } = require("../package.json");

const DEFAULTS = { model: "plover-code-medium", maxTokens: 512, language: "typescript" };

function loadOptions(argv) {
  const opts = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--model") opts.model = argv[++i];
    else if (argv[i] === "--lang") opts.language = argv[++i];
    else opts.file = argv[i];
  }
  return opts;
}

function main(argv) {
  const opts = loadOptions(argv);
  if (!opts.file) {
    console.error("usage: plover [--model m] [--lang l] <file>");
    process.exit(2);
  }
  const source = fs.readFileSync(opts.file, "utf8");
  const agent = createAgent({ version, token: process.env.PLOVER_TOKEN || "" });
  complete(agent, { model: opts.model, max_tokens: opts.maxTokens, language: opts.language, prefix: source }, (err, body) => {
    if (err) {
      console.error(err.message);
      process.exitCode = 1;
      return;
    }
    const dir = path.join(os.tmpdir(), "plover-" + cacheKey());
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "last.json"), JSON.stringify(body));
    process.stdout.write(body.completion || "");
  });
}

module.exports = { main, loadOptions };
if (require.main === module) main(process.argv.slice(2));
