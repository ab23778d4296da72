static accountTierTable=Object.freeze({auto:"auto",ultimate:"ultimate",performance:"performance",efficient:"efficient",lite:"lite"});
getActiveModel(){
let A=this._activeModel??this.model;
let e=(process.env.QODER_MODEL??"").trim().toLowerCase(),t=e&&this.constructor.accountTierTable?.[e];
if(t)return t;
return A}
