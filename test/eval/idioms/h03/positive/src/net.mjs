import { Agent, request } from "undici";

const DEFAULT_TIMEOUT = 60_000;

function toHeaderObject(headers) {
  if (!headers) return {};
  if (Array.isArray(headers)) {
    const out = {};
    for (let i = 0; i < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = headers[i + 1];
    return out;
  }
  return { ...headers };
}

export function retryInterceptor({ retries = 2 } = {}) {
  return (dispatch) => (opts, handler) => {
    let attempt = 0;
    const wrapped = {
      ...handler,
      onError(err) {
        if (attempt++ < retries && err.code === "ECONNRESET") return dispatch(opts, wrapped);
        return handler.onError(err);
      }
    };
    return dispatch(opts, wrapped);
  };
}

export function tagInterceptor(getTags) {
  return (dispatch) => (opts, handler) => {
    const headers = toHeaderObject(opts.headers);
    const tags = getTags(opts) ?? {};
    for (const [k, v] of Object.entries(tags)) {
      if (v !== undefined && v !== null) headers[k] = String(v);
    }
    return dispatch({ ...opts, headers }, handler);
  };
}

export function createDispatcher(getTags) {
  return new Agent({ connect: { timeout: DEFAULT_TIMEOUT }, keepAliveTimeout: 10_000 })
    .compose(retryInterceptor(), tagInterceptor(getTags));
}

export async function postJSON(dispatcher, url, payload, headers = {}) {
  const { statusCode, body } = await request(url, {
    method: "POST",
    dispatcher,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(payload)
  });
  const json = await body.json();
  if (statusCode >= 400) throw new Error(json?.error?.message ?? `HTTP ${statusCode}`);
  return json;
}
