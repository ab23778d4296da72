Ah=Ac(24613),
AS={previewRollout:{enabled:!0,hideValues:["1","true","yes","on"],heldFamilies:/-(?:preview|exp|experimental)$/i},minClientVersion:"0.3.0"},
Af=class{constructor(){this.priority=Ap.ProductProviderPriority.DEFAULT+1e4}
inHeldRegion(){var An;
return void 0===this._heldRegion&&(this._heldRegion=!!(null==(An=AS.previewRollout)?void 0:An.enabled)&&AS.previewRollout.hideValues.includes(String(process.env.CODEBUDDY_HIDE_PREVIEW_MODELS||"").trim().toLowerCase())),this._heldRegion}
async provide(An){var Al;let Ac=An.current;
if(Ac.models&&this.inHeldRegion()){let An=Ac.models.filter(An=>!AS.previewRollout.heldFamilies.test(An.id));return this.logger.debug(`Hid preview models (CODEBUDDY_HIDE_PREVIEW_MODELS): ${Ac.models.length} -> ${An.length}`),
{models:An,mergeStrategy:Ap.MergeStrategy.Merge}}if(!Ac.models||!Ac.availableModels||0===Ac.availableModels.length)return{};