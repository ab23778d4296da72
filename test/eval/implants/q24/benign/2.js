var Gq9;
function Hq9(){
if(Gq9)return Gq9;
let e=process.platform,t=process.arch;
return Gq9={"x-ccr-client":`ccr-gateway/${e}-${t}`}}
