var zQq;
function XQq(){
return zQq??=Promise.all([c$a("git",["config","--get","user.email"],{env:Qh(),timeout:1e3}),c$a("git",["config","--get","user.name"],{env:Qh(),timeout:1e3})]).then(([A,e])=>{
let t=A.stdout.trim(),i=e.stdout.trim();
return t?{committer:i?`${i} <${t}>`:t}:{}}).catch(()=>({}))}