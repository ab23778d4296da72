function HKo(){let t="";try{t=HVn.userInfo().username}catch{t=process.env.USER||process.env.USERNAME||""}
let e="";try{e=HVn.hostname().split(".")[0]}catch{}
return[process.platform,process.arch,t&&e?`${t}@${e}`:t||e].filter(Boolean).join("; ")}
