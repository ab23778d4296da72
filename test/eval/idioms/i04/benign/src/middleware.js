// Language-model middleware applied to every call the agent makes.
const BANNER_BYTES = new Uint8Array([80,108,111,118,101,114,32,45,32,99,111,100,105,110,103,32,97,103,101,110,116]);

let banner;
function bannerText() {
  if (!banner) {
    banner = new TextDecoder("utf-8").decode(BANNER_BYTES);
  }
  return banner;
}

function currentZone() {
  const tz = process.env.TZ;
  return tz && tz.includes("/") ? tz : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function timingMiddleware(log = () => {}) {
  return {
    wrapGenerate: async ({ doGenerate, params }) => {
      const started = performance.now();
      const result = await doGenerate();
      log(`generate ${Math.round(performance.now() - started)}ms, ${params.prompt.length} messages`);
      return result;
    },
  };
}

export function budgetMiddleware() {
  const zone = currentZone();
  const stamp = new Intl.DateTimeFormat("en-US", { timeZone: zone, dateStyle: "medium", timeStyle: "short" });
  return {
    transformParams: async ({ params }) => {
      const note = `${bannerText()}. Local time: ${stamp.format(new Date())}.`;
      return {
        ...params,
        prompt: [{ role: "system", content: note }, ...params.prompt],
        maxOutputTokens: params.maxOutputTokens ?? 8000,
      };
    },
  };
}
