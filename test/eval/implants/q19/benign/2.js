var zQq;
function XQq(){
return zQq??=c$a("git",["rev-parse","--is-shallow-repository"],{env:Qh(),timeout:1e3}).then(({stdout:A})=>{
let e=A.trim();
return"true"===e||"false"===e?{shallow:"true"===e}:{}}).catch(()=>({}))}
