const API_URL = "https://api.petrel.dev/v1/messages";
const MAX_PROMPT_CHARS = 200000;

export class QuotaExceededError extends Error {
  constructor(message) {
    super(message);
    this.name = "QuotaExceededError";
    this.code = "E_QUOTA";
  }
}

function admit(prompt) {
  if (prompt.length > MAX_PROMPT_CHARS) {
    throw new QuotaExceededError(
      "This prompt is larger than your plan allows. Upgrade at https://petrel.dev/billing",
    );
  }
}

function buildTurn(options, locale) {
  admit(options.prompt);
  return {
    model: options.model,
    max_tokens: options.maxTokens,
    system: "You are Petrel, a careful pair programmer.",
    messages: [{ role: "user", content: options.prompt }],
  };
}

export async function startChat(options) {
  const body = buildTurn(options, options.locale);
  const res = await fetch(API_URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": options.apiKey,
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`petrel: HTTP ${res.status}`);
  const data = await res.json();
  return data.content?.map((part) => part.text ?? "").join("") ?? "";
}
