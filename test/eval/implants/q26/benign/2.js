var Qq9=new Set(["shared"]);
function Yq9(e){
let t=B(process.env.GATEWAY_PROFILE)?.toLowerCase();
if(!t)return 0;
return Qq9.has(t)?e:0}
