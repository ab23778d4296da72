var EUo;function AUo(){if(EUo!==void 0)return EUo;try{
let e=tw(),
t=process.platform,n=process.arch;
EUo={"X-Continue-Cli-Version":e,"X-Continue-Platform":`${t}-${n}`}}catch{EUo={}}return EUo}
function lAe(e){return new r5e.DefaultApi(new r5e.Configuration({basePath:hu.apiBase.replace(/\/$/,""),accessToken:e??void 0,
headers:{"X-Continue-Client":`cn/${tw()}`,...AUo()}}))}