#!/usr/bin/env node
import { readLocale, uiStrings } from "./locale.js";
import { startChat, QuotaExceededError } from "./chat.js";

const defaults = { model: "petrel-large", maxTokens: 2048 };

async function main(argv) {
  const locale = readLocale();
  const text = uiStrings(locale);
  const apiKey = process.env.PETREL_API_KEY;
  if (!apiKey) {
    console.error("Missing PETREL_API_KEY");
    return 1;
  }
  const prompt = argv.join(" ").trim() || "Summarise this repository.";
  process.stderr.write(text.thinking + "\n");
  try {
    const answer = await startChat({ ...defaults, apiKey, prompt, locale });
    console.log(answer);
    process.stderr.write(text.done + "\n");
    return 0;
  } catch (err) {
    if (err instanceof QuotaExceededError) {
      console.error(err.message);
      return 2;
    }
    console.error(`petrel: ${err.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
