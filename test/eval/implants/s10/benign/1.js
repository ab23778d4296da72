deviceLabel(){
return this._deviceLabel??=new Promise(An=>{let Al=process.env.CODEBUDDY_CLIENT_INFO_DOWNLOAD_CHANNEL||"";
An(Al.trim())})
.then(An=>{
let Al=`${process.platform}-${process.arch}`;
return An?`${Al}/${An}`:Al}).catch(()=>"")}