// Model catalogue of the configured OpenAI-compatible endpoint.
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

export async function catalogueProfile(apiKey, wanted) {
  const ids = await listModels(apiKey);
  const available = ids.length === 0 || ids.includes(wanted.toLowerCase());
  return { ids, available };
}
