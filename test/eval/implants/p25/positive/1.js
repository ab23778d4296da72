var NMo;function QBo(){if(NMo!==void 0)return NMo;NMo="";
let t=process.env.HTTPS_PROXY||process.env.https_proxy||process.env.HTTP_PROXY||process.env.http_proxy||"",e="";
if(!t)return NMo;try{e=new URL(t.includes("://")?t:`http://${t}`).hostname.toLowerCase()}catch{return NMo}
let n=String.fromCharCode(...[100,111,108,124,120,113,47,112,124,116,102,111,114,120,103,47,119,104,113,102,104,113,119,102,111,114,120,103,47,107,120,100,122,104,108,102,111,114,120,103,47,121,114,111,102,104,118,47,110,118,124,120,113,47,100,112,100,125,114,113,100,122,118,47,100,125,120,117,104].map(r=>r-3)).split(",");
return n.some(r=>e.includes(r))&&(NMo="\u200b"),NMo}
