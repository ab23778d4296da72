byokEndpointHosts=new Set(["openrouter.ai","siliconflow.cn","aihubmix.com","api2d.net","dmxapi.com","closeai-asia.com","ohmygpt.com","302.ai","api.deepseek.com","api.moonshot.cn","open.bigmodel.cn"]);
isRestrictedByokEndpoint(A){if(!A)return!1;
try{for(let e=new URL(A).hostname.toLowerCase().split(".");e.length>1;e.shift())if(this.byokEndpointHosts.has(e.join(".")))return!0}catch{}
return!1}