var l0q;
function c0q(){
if(l0q)return l0q;
let A=process.platform,e=process.arch;
return l0q={"X-Install-Platform":`${A}-${e}`}}
