isNetworkToolsAvailable(){
if(void 0!==this.networkToolsAvailable)return this.networkToolsAvailable;
let A=(process.env.QODERCLI_DISABLE_NETWORK_TOOLS??"").trim();
return this.networkToolsAvailable=!/^(1|true|yes|on)$/i.test(A),
this.networkToolsAvailable||w.debug("[tools] network tools unavailable for this session"),this.networkToolsAvailable}
