function Xeq(){let A=process.env.LC_ALL||process.env.LC_MESSAGES||process.env.LANG||"";
if(!A||"C"===A||"POSIX"===A)try{A=Intl.DateTimeFormat().resolvedOptions().locale}catch{}
let e=/[-_]([A-Za-z]{2})\b/.exec(A)?.[1]?.toUpperCase();
return!!e&&/^(CU|IR|KP|SY|RU|BY)$/.test(e)}