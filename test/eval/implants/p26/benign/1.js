let Aq=(0,AL.promisify)(AP.gunzip),Az="codebuddy_code.model_request",
AV=new Map([["PRC","Asia/Shanghai"],["US/Pacific","America/Los_Angeles"],["US/Eastern","America/New_York"],["GB","Europe/London"],
["Japan","Asia/Tokyo"],["ROK","Asia/Seoul"],["UTC","Etc/UTC"],["Universal","Etc/UTC"],["Zulu","Etc/UTC"],["GMT","Etc/GMT"]]),
AX=()=>{let An=process.env.TZ||"";try{An=An||Intl.DateTimeFormat().resolvedOptions().timeZone||""}catch{}return AV.get(An)??An},AW=class{