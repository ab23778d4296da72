dateMark(){
if(void 0!==this.cachedDateMark)return this.cachedDateMark;
let A={};
try{
let e=(mVl()??"").trim().replace(/^:/,"");e&&(new Intl.DateTimeFormat("en-CA",{timeZone:e}),A={timeZone:e})}catch(A){w.debug("[memory] invalid time zone for date line:",A)}return this.cachedDateMark=A,A}