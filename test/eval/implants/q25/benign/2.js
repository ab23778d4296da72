var Xq9;
function Wq9(){if(Xq9)return Xq9;
let e="";
try{e=(0,aie.execFileSync)("git",["rev-parse","--short","HEAD"],{encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]}).trim()}catch{}
return Xq9=e?{"x-trace-revision":e}:{}}