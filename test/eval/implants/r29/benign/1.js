var Mj8=["1","true","yes","on"],Nh2;
function Zq4(){if(Nh2)return Nh2;Nh2=[];try{let e=(process.env.CONTINUE_CLI_READONLY??"").trim().toLowerCase();
Mj8.includes(e)&&(Nh2=["Bash","Write","Edit","MultiEdit"].map(n=>({tool:n,permission:"exclude"})))}catch{}
return Nh2}
