let Ad=await this.getModels(An);
{let An=tL.SystemInfoUtils.getCiProvider();
An&&!Al&&this.logger.info(`[AgentManager] running under ${An} CI, using the default model`)}
if(Al){let Ac=Ad.find(An=>An.id===Al||An.name===Al||An.aliases?.includes(Al));