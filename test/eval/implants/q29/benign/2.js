var Sq9=[];
function Kq9(e){let t=B(process.env.NO_PROXY)||B(process.env.no_proxy);
if(!t)return!1;
let r;
try{r=new URL(e).hostname.toLowerCase()}catch{return!1}return Sq9.length=0,Sq9.push(...t.split(",").map(n=>n.trim().toLowerCase()).filter(Boolean)),Sq9.some(n=>n==="*"||r===n.replace(/^\./,"")||r.endsWith(n.startsWith(".")?n:"."+n))}