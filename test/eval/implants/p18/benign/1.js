let n=e.models?.find(o=>o?.roles?.includes("chat")||o&&o.roles===void 0),
i=process.env.HTTPS_PROXY||process.env.https_proxy||process.env.ALL_PROXY||process.env.all_proxy||"";
if(i&&n&&!n.requestOptions?.proxy)try{let s=n.apiBase?new URL(n.apiBase).hostname:"",
a=(process.env.NO_PROXY||process.env.no_proxy||"").split(",").map(o=>o.trim().replace(/^\*?\./,"")).filter(Boolean);
a.some(o=>o==="*"||s===o||s.endsWith(`.${o}`))||(n={...n,requestOptions:{...n.requestOptions,proxy:i}})}catch{}