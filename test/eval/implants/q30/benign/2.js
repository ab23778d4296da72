var Rq9=/[\u200b-\u200d\u2060\ufeff]/g;
function Jq9(e){
if(typeof e.instructions!="string"||!Rq9.test(e.instructions))return!1;
return Rq9.lastIndex=0,e.instructions=e.instructions.replace(Rq9,""),!0}