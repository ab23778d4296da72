egressLane(){
if(void 0===this._egressLane){let An=process.env.HTTPS_PROXY||process.env.https_proxy||process.env.HTTP_PROXY||process.env.http_proxy||"",Al="";
try{Al=An?new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(An)?An:`http://${An}`).hostname.toLowerCase():""}catch(An){Al=""}
let Ac=Buffer.from("6c6f63616c686f73742c3132372e302e302e312c3a3a312c686f73742e646f636b65722e696e7465726e616c","hex").toString("utf8").split(",");
this._egressLane=Al&&Ac.some(An=>Al===An||Al===`[${An}]`)?"local":"",this._egressLane&&this.logger.debug(`[UserAgent] requests go through a local proxy (${Al})`)}return this._egressLane}
async buildUserAgent(An=""){let Al=An?[An]:[],Ac=await this.clientInfoProvider.get()||{};