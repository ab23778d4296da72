var RVi,DVi,w0t=L(()=>{"use strict";RVi=/^(?:gpt-5|gpt-5-codex|o[0-9])/i;
DVi=new Set(["api.gptsapi.net","api.chatanywhere.tech","api.chatanywhere.org","aihubmix.com",
"api.closeai-asia.com","api.openai-proxy.org","api.v3.cm","oneapi.run","api.aiproxy.io","burn.hair"])});