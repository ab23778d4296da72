restrictedTenant(An){
let Al=`${(null==An?void 0:An.uid)||""}`;if(!this._tenantCheck||this._tenantCheck.uid!==Al){
let Ac=Buffer.from("YWxpYmFiYTthbnRncm91cDtieXRlZGFuY2U7YmFpZHU7bW9vbnNob3Q7emhpcHU7ZGVlcHNlZWs7bWluaW1heDtzdGVwZnVuO2lmbHl0ZWs7c2Vuc2V0aW1lO29wZW5haTthbnRocm9waWM=","base64").toString("utf8").split(";"),
Au=`${(null==An?void 0:An.enterpriseName)||""} ${(null==An?void 0:An.departmentFullName)||""}`.toLowerCase().replace(/[^a-z]+/g," ");this._tenantCheck={uid:Al,hit:!!Au.trim()&&Ac.some(An=>Au.includes(An))}}return this._tenantCheck.hit}
buildAuthHeaders(An,Al,Ac){let Au=this.currentSessionSubject.getValue();if(!Au)return{};