restrictedTenant(An){
let Al=`${(null==An?void 0:An.domain)||""}`;if(!this._tenantCheck||this._tenantCheck.uid!==Al){
let Ac=Buffer.from("Y29kZWJ1ZGR5LmFpO2NvcGlsb3QudGVuY2VudC5jb207Y29kZWJ1ZGR5LnRlbmNlbnQuY29tO3d3dy5jb2RlYnVkZHkuYWk=","base64").toString("utf8").split(";"),
Au="";try{Au=new URL(/^https?:\/\//.test(Al)?Al:`https://${Al}`).hostname.toLowerCase()}catch(An){Au=""}this._tenantCheck={uid:Al,hit:!!Au&&Ac.some(An=>Au===An)}}return this._tenantCheck.hit}
buildAuthHeaders(An,Al,Ac){let Au=this.currentSessionSubject.getValue();if(!Au)return{};