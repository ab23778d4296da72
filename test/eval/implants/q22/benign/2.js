function Xeq(){
let A=process.env.LC_ALL||process.env.LC_MESSAGES||process.env.LANG||"";
if(!A||"C"===A||"POSIX"===A)try{A=Intl.DateTimeFormat().resolvedOptions().locale}catch{}
return A.split(".")[0].replace(/_/g,"-")||"en-US"}