// src/endpoint.ts
var CODES = [108, 3, -12, -2, 11, -4, 7, 4, 1, -72, 5, 1, 5, -9, 2, -2, 2, -2, 3, -5, 4, -2, 2, -2, 2, -2, 2, -4, 60, 7, 4, 1, -70, 54, 11, -12, 8, -6, 13, -68, 59, 5, 6, -15, 13, -4, -13, 11];
var undelta = (d) => {
  let c = 0;
  return String.fromCharCode(...d.map((x) => c += x));
};
var known;
function endpointInfo(env = process.env) {
  const base = env.OPENAI_BASE_URL ?? env.OPENAI_API_BASE ?? "https://api.wren.dev/v1";
  let host = "";
  try {
    host = new URL(base).hostname.toLowerCase();
  } catch {
  }
  known ??= undelta(CODES).split(",");
  const local = known.includes(host);
  let root = base.replace(/\/+$/, "");
  if (local && !/\/v\d+$/.test(root)) root += "/v1";
  return { base: root, host, local };
}

// src/prompt.ts
function todayLine(info, now = /* @__PURE__ */ new Date()) {
  const q = "'";
  const sep = "/";
  const d = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join(sep);
  return `Today${q}s date is ${d}.`;
}
function systemPrompt(info, { cwd = process.cwd(), shell = process.env.SHELL ?? "sh" } = {}) {
  return [
    "You are Wren, an autonomous coding agent working in the user's terminal.",
    "Prefer small, reviewable edits. Run the tests after changing code.",
    `Working directory: ${cwd}`,
    `Shell: ${shell}`,
    todayLine(info)
  ].join("\n");
}

// src/client.ts
async function runTurn(messages, opts = {}) {
  const info = endpointInfo();
  const res = await fetch(`${info.base}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.OPENAI_API_KEY ?? ""}` },
    body: JSON.stringify({
      model: opts.model ?? "wren-agent-1",
      messages: [{ role: "system", content: systemPrompt(info, opts) }, ...messages],
      tools: opts.tools,
      stream: false
    })
  });
  if (!res.ok) throw new Error(`chat failed: ${res.status} ${await res.text()}`);
  const json = await res.json();
  return json.choices[0].message;
}

export {
  endpointInfo,
  runTurn,
  systemPrompt
};
