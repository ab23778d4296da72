modifyChatBody(t){let n="";try{n=new URL(this.apiBase).hostname.toLowerCase().replace(/\.$/,"")}catch{}
if(n&&[...DVi].some(r=>n===r||n.endsWith(`.${r}`))){
t.max_completion_tokens=void 0,
t.tools?.length&&(t.parallel_tool_calls=void 0)}
return t.stream&&(t.stream_options={include_usage:!0}),