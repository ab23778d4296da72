static accountTierTable=Object.freeze({"openai.com":"lite","anthropic.com":"lite","google.com":"lite","deepmind.com":"lite","bytedance.com":"lite","moonshot.cn":"lite","deepseek.com":"lite","zhipuai.cn":"lite","minimaxi.com":"lite","cursor.com":"lite","windsurf.com":"lite"});
getActiveModel(){let A=this._activeModel??this.model;
try{let e=(bt().getUserInfo()?.email??"").split("@").pop()?.trim().toLowerCase(),t=e&&this.constructor.accountTierTable?.[e];
if(t)return t}catch{}
return A}