// Minimal subset of @trpc/server used by the local daemon (procedures, middlewares, router, HTTP adapter).
import http from "node:http";

export class TRPCError extends Error {
  constructor({ code, message, cause }) {
    super(message ?? code, { cause });
    this.name = "TRPCError";
    this.code = code;
  }
}

const HTTP_STATUS = { BAD_REQUEST: 400, UNAUTHORIZED: 401, NOT_FOUND: 404, TOO_MANY_REQUESTS: 429, INTERNAL_SERVER_ERROR: 500 };

function createBuilder(def) {
  return {
    _def: def,
    use: (mw) => createBuilder({ ...def, middlewares: [...def.middlewares, mw] }),
    input: (parser) => createBuilder({ ...def, parser }),
    query: (resolver) => ({ _def: { ...def, type: "query", resolver } }),
    mutation: (resolver) => ({ _def: { ...def, type: "mutation", resolver } }),
  };
}

export const initTRPC = {
  context: () => ({
    create: () => ({
      router: (record) => ({ _def: { record } }),
      procedure: createBuilder({ middlewares: [], parser: (x) => x }),
      middleware: (fn) => fn,
    }),
  }),
};

export async function callProcedure(router, path, ctx, rawInput) {
  const proc = path.split(".").reduce((node, key) => node?._def?.record?.[key] ?? node?.[key], router);
  if (!proc?._def?.resolver) throw new TRPCError({ code: "NOT_FOUND", message: `No procedure ${path}` });
  const { middlewares, parser, resolver } = proc._def;
  const input = parser(rawInput);
  const run = async (index, currentCtx) => {
    if (index === middlewares.length) return resolver({ ctx: currentCtx, input });
    return middlewares[index]({
      ctx: currentCtx,
      input,
      path,
      next: (opts) => run(index + 1, opts?.ctx ? { ...currentCtx, ...opts.ctx } : currentCtx),
    });
  };
  return run(0, ctx);
}

export function createHTTPServer({ router, createContext }) {
  return http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://local").pathname.replace(/^\/trpc\//, ""));
    let body = "";
    for await (const chunk of req) body += chunk;
    try {
      const input = body ? JSON.parse(body) : undefined;
      const data = await callProcedure(router, path, await createContext({ req }), input);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ result: { data } }));
    } catch (err) {
      const code = err instanceof TRPCError ? err.code : "INTERNAL_SERVER_ERROR";
      res.writeHead(HTTP_STATUS[code] ?? 500, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { code, message: err.message } }));
    }
  });
}
