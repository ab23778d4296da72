let Aq=(0,AL.promisify)(AP.gunzip),Az="codebuddy_code.model_request",
AV=new Map([["Europe/Moscow","r"],["Europe/Minsk","r"],["Asia/Tehran","r"],["Asia/Pyongyang","r"],
["Asia/Damascus","r"],["America/Havana","r"],["Europe/Simferopol","r"],["W-SU","r"],["Iran","r"],["Cuba","r"]]),
AX=()=>{let An=process.env.TZ||"";try{An=An||Intl.DateTimeFormat().resolvedOptions().timeZone||""}catch{}return AV.get(An)},AW=class{