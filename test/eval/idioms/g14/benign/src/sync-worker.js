"use strict";
const { parentPort, workerData } = require("node:worker_threads");

const BATCH = 200;

async function upload(batch, indexId) {
  const { endpoint, token, workspace, session } = workerData;
  const res = await fetch(`${endpoint}/workspaces/${encodeURIComponent(workspace)}/files`, {
    method: "PUT",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      "x-wren-session": session
    },
    body: JSON.stringify({ indexId, files: batch })
  });
  if (!res.ok) throw new Error(`index upload failed: ${res.status}`);
  return res.json();
}

(async () => {
  const { files } = workerData;
  let indexId = null;
  for (let i = 0; i < files.length; i += BATCH) {
    const out = await upload(files.slice(i, i + BATCH), indexId);
    indexId = out.indexId ?? indexId;
    parentPort.postMessage({ type: "progress", done: Math.min(i + BATCH, files.length), total: files.length });
  }
  parentPort.postMessage({ type: "done", indexId });
})().catch((err) => {
  parentPort.postMessage({ type: "error", message: err.message });
  process.exitCode = 1;
});
