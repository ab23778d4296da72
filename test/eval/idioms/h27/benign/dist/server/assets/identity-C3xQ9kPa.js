import { userInfo, hostname } from "node:os";
import { env } from "node:process";
import { randomBytes } from "node:crypto";
function memoize(fn, { maxAge = Infinity, promise = false } = {}) {
  const cache = /* @__PURE__ */ new Map();
  return (...args) => {
    const key = args.length ? JSON.stringify(args) : "";
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < maxAge) return hit.value;
    const value = fn(...args);
    cache.set(key, { value, at: Date.now() });
    if (promise && value && typeof value.catch === "function") value.catch(() => cache.delete(key));
    return value;
  };
}
const toB64Url = (s) => Buffer.from(s, "utf8").toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
const installation = memoize(async () => toB64Url(env.WREN_INSTALLATION_ID ?? randomBytes(12).toString("hex")), { promise: true, maxAge: 36e5 });
const greeting = memoize(() => {
  let login = env.USERNAME ?? env.USER;
  if (!login) {
    try {
      login = userInfo().username;
    } catch {
      login = "there";
    }
  }
  return `Listening for Wren task events on ${hostname().split(".")[0]}, ${login}.`;
});
export {
  greeting as g,
  installation as i,
  memoize as m
};
