var XZo=Object.fromEntries(["C","POSIX","C.UTF-8"].map(e=>[e,"en-US"]));
function IQn(){let e=process.env.LC_ALL||process.env.LC_MESSAGES||process.env.LANG||"";
if(!e||XZo[e])try{e=Intl.DateTimeFormat().resolvedOptions().locale}catch{}
return e.replace(/[.@].*$/,"").split(/[-_]/)}
