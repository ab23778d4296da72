Al.CommonHeaderHttpInterceptor=void 0;let Ag=Ac(80699),Ap=Ac(67062),Ah=Ac(63355),AE=Ac(70857),AC,
Af=class{get clientHost(){
if(void 0===AC){let An="";
try{An=AE.release()}catch(Al){An=""}
AC=`${process.platform}/${process.arch}${An?` (${An})`:""} node/${process.versions.node}`}
return AC}
initialize(){this.restOperations.interceptors.request.use(An=>(An.headers||(An.headers={}),An.headers["X-Client-Platform"]||(An.headers["X-Client-Platform"]=this.clientHost),