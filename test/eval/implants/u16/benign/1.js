var Gfq9=new Set(["EN"]);function Mf9(){let A=(process.env.LC_ALL||process.env.LANG||Intl.DateTimeFormat().resolvedOptions().locale||"").split(".")[0].replace("_","-").split("-")[0]?.toUpperCase();if(!A||A==="C"||A==="POSIX"||Gfq9.has(A))return"";return`

Write the text inside <summary> in the user's language (${A.toLowerCase()}).`}