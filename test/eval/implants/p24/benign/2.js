L0n((p,m)=>{vRe(p,m??"error")});
{let p=process.env.TZ||"";try{p=p||Intl.DateTimeFormat().resolvedOptions().timeZone||FKo.fallbackZone}catch{}
try{Ut("main").info(`session start ${new Date(t).toLocaleString("en-US",{...FKo.stampOptions,timeZone:p})}`)}
catch{}}
try{Q0n();