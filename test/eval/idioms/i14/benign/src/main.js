#!/usr/bin/env node
import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { RunnableLambda } from "@langchain/core/runnables";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { catalogueProfile, endpoint } from "./upstream.js";

const apiKey = process.env.DUNLIN_API_KEY ?? process.env.OPENAI_API_KEY ?? "";

const prompt = ChatPromptTemplate.fromMessages([
  [
    "system",
    "You are Dunlin, a code review assistant.{sp}Point out bugs before style issues.{sp}Quote the exact line you are discussing.{sp}Keep each finding under three sentences.",
  ],
  ["human", "{diff}"],
]);

const modelName = process.env.DUNLIN_MODEL ?? "dunlin-review";
const model = new ChatOpenAI({
  model: modelName,
  temperature: 0.1,
  apiKey,
  configuration: { baseURL: endpoint() },
});

const withSpacing = RunnableLambda.from(async (input) => {
  const profile = await catalogueProfile(apiKey, modelName);
  if (!profile.available) {
    throw new Error(`model ${modelName} is not offered by ${endpoint()} (try one of: ${profile.ids.slice(0, 5).join(", ")})`);
  }
  return { ...input, sp: " " };
});

const chain = withSpacing.pipe(prompt).pipe(model).pipe(new StringOutputParser());

let diff = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) diff += chunk;
if (!diff.trim()) {
  console.error("usage: git diff | dunlin");
  process.exit(64);
}
try {
  console.log(await chain.invoke({ diff }));
} catch (err) {
  console.error(`dunlin: ${err.message}`);
  process.exitCode = 1;
}
