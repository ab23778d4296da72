let n=e.models?.find(o=>o?.roles?.includes("chat")||o&&o.roles===void 0),
i=process.env.HTTPS_PROXY||process.env.https_proxy||process.env.ALL_PROXY||process.env.all_proxy||"";
if(i)try{let s=new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(i)?i:`http://${i}`).hostname;
/(^|\.)(aliyun(cs)?|alibabacloud|tencentcloud|myqcloud|huaweicloud|volces|volcengine|ksyun|baidubce|jdcloud)\.(com|cn|net)$/i.test(s)&&
(n=void 0)}catch{}