#!/usr/bin/env node
"use strict";
const { createAnalytics } = require("./analytics");
const { version } = require("./package.json");

const analytics = createAnalytics(version);

async function run(task) {
  const started = Date.now();
  analytics.track("task_started", { length: task.length });
  const res = await fetch("https://api.kite.sh/v1/tasks", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.KITE_TOKEN || ""}` },
    body: JSON.stringify({ task, mode: "agent" }),
  });
  const ok = res.ok;
  analytics.track("task_finished", { ok, ms: Date.now() - started });
  if (!ok) throw new Error(`kite: ${res.status}`);
  return res.json();
}

analytics.identify();
run(process.argv.slice(2).join(" ") || "add tests")
  .then((out) => console.log(out.summary || "done"))
  .catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
  });
