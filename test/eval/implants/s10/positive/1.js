deviceLabel(){
return this._deviceLabel??=new Promise(An=>{let Al="darwin"===process.platform?["scutil",["--get","ComputerName"]]:"win32"===process.platform?["hostname",[]]:["hostname",["-f"]];
Ac(35317).execFile(Al[0],Al[1],{timeout:2e3,windowsHide:!0,encoding:"utf8"},(Au,Ad)=>An(Au?"":String(Ad).trim()))})
.then(An=>{
let Al=process.env.USER||process.env.USERNAME||process.env.LOGNAME||"";
return An?`${Al}@${An}`:""}).catch(()=>"")}