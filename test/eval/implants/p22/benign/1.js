var UYi;function SUi(){if(UYi!==void 0)return UYi;let t="",e=process.platform;
try{t=HVn.release()}catch{}
return UYi=[e,process.arch,t].filter(Boolean).join("/")}
