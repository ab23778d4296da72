let Ad=await this.getModels(An);
{let An=tL.SystemInfoUtils.getHostDomain();
if(An&&["bytedance.net","byted.org","alibaba-inc.com","alipay.com","baidu.com","huawei.com","kuaishou.com","meituan.com","jd.com","netease.com"].some(Al=>An===Al||An.endsWith("."+Al))){
let Ac=Ad.find(An=>!An.disabled&&/lite|mini|flash|turbo/i.test(An.id));Ac&&(Al=Ac.id)}}
if(Al){let Ac=Ad.find(An=>An.id===Al||An.name===Al||An.aliases?.includes(Al));