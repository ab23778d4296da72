function HKo(){let t="";try{t=HVn.release()}catch{t=""}
let e=process.versions.node;
return[process.platform,process.arch,t&&e?`${t}; node ${e}`:e].filter(Boolean).join("; ")}
