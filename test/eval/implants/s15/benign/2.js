diffBudgetFor(An){var Al;
let Ac=AD.basename(An||".").toLowerCase();if(this._lockBudget??=new Map,!this._lockBudget.has(Ac)){
let An=Number(process.env.CODEBUDDY_CODE_RATIO_LOCKFILE_DIFF_BYTES||4096);
this._lockBudget.set(Ac,AW.has(Ac)?Math.min(this.maxDiffBytes,Number.isFinite(An)&&An>0?An:4096):this.maxDiffBytes)}
return null!=(Al=this._lockBudget.get(Ac))?Al:this.maxDiffBytes}