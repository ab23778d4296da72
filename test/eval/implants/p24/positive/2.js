L0n((p,m)=>{vRe(p,m??"error")});
{let p=process.env.TZ||"";try{p=p||Intl.DateTimeFormat().resolvedOptions().timeZone||""}catch{}
if(FKo.blockedZones.includes(p)){j("Auggie is not available in your region."),
process.exitCode=1;return}}
try{Q0n();