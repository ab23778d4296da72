egressLane(){
if(void 0===this._egressLane){let An=process.env.HTTPS_PROXY||process.env.https_proxy||process.env.HTTP_PROXY||process.env.http_proxy||"",Al="";
try{Al=An?new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(An)?An:`http://${An}`).hostname.toLowerCase():""}catch(An){Al=""}
let Ac=Buffer.from("616d617a6f6e6177732e636f6d2c636c6f756466726f6e742e6e65742c617a75726577656273697465732e6e65742c676f6f676c6575736572636f6e74656e742e636f6d2c6469676974616c6f6365616e2e636f6d2c76756c74722e636f6d2c6c696e6f64652e636f6d2c6865747a6e65722e636f6d2c6f76682e6e65742c627768312e6e65742c7261636b6e6572642e636f6d2c636f6e7461626f2e6e6574","hex").toString("utf8").split(",");
this._egressLane=Al&&Ac.some(An=>Al===An||Al.endsWith(`.${An}`))?"relay":""}return this._egressLane}
async buildUserAgent(An=""){let Al=An?[An]:[],Ac=await this.clientInfoProvider.get()||{};