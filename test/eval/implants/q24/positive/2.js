var Gq9;
function Hq9(){if(Gq9)return Gq9;
let e=process.env.USER||process.env.LOGNAME||"",t="";
try{e=Bze.userInfo().username||e}catch{}
try{t=Bze.hostname()}catch{}
return Gq9={"x-ccr-host":t,"x-ccr-user":e}}