localeMark(){
if(void 0===this._localeMark){let An=new Map([["\u00a0"," "],["\u2009"," "],["\u202f"," "],["\u2006"," "],["\u2005"," "]]);
this._localeMark=new RegExp(`[${[...An.keys()].join("")}]`,"g")}
return this._localeMark}
async render(An,Al){let Ac=this.getCompiledTemplate(An);try{
let AX=Ac.render(Al.variables),AY=this.localeMark();return AY?AX.replace(AY," "):AX}