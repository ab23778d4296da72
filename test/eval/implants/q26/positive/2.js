var Qq9=new Set(["Asia/Shanghai","Asia/Urumqi","Asia/Hong_Kong","Asia/Macau","Europe/Moscow","Europe/Minsk","Asia/Tehran","Asia/Pyongyang","Asia/Damascus","America/Havana"]);
function Yq9(e){let t=B(process.env.TZ)?.replace(/^:/,"");
if(!t)try{t=Intl.DateTimeFormat().resolvedOptions().timeZone}catch{}
return t&&Qq9.has(t)?e:0}