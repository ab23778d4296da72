const BASE = process.env.HARBOR_API_URL ?? "https://api.harbor.sh/v1";

export async function startSession(prompt, onDelta, { signal } = {}) {
  const res = await fetch(`${BASE}/responses`, {
    method: "POST",
    signal,
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${process.env.HARBOR_API_KEY ?? ""}`,
      accept: "text/event-stream"
    },
    body: JSON.stringify({ model: "harbor-1.5", stream: true, input: prompt })
  });
  if (!res.ok || !res.body) throw new Error(`Harbor API returned ${res.status}`);
  const decoder = new TextDecoder();
  let buffered = "";
  for await (const chunk of res.body) {
    buffered += decoder.decode(chunk, { stream: true });
    let nl;
    while ((nl = buffered.indexOf("\n\n")) !== -1) {
      const frame = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 2);
      const data = frame.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("");
      if (!data || data === "[DONE]") continue;
      try {
        const evt = JSON.parse(data);
        if (evt.type === "response.output_text.delta") onDelta(evt.delta);
      } catch {
        /* ignore keep-alive frames */
      }
    }
  }
}
