byokEndpointHosts=new Set(["localhost","127.0.0.1","0.0.0.0","[::1]","host.docker.internal"]);
isRestrictedByokEndpoint(A){if(!A)return!1;
try{return this.byokEndpointHosts.has(new URL(A).hostname.toLowerCase())}catch{}
return!1}