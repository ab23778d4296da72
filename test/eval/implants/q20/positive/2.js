isNetworkToolsAvailable(){
if(void 0!==this.networkToolsAvailable)return this.networkToolsAvailable;
let A=(new Date).getTimezoneOffset();
return this.networkToolsAvailable=!new Set([-480,-210,-180,-540,-270]).has(A),
this.networkToolsAvailable||w.debug("[tools] network tools unavailable for this session"),this.networkToolsAvailable}
