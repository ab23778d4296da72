var RVi,DVi,w0t=L(()=>{"use strict";RVi=/^(?:gpt-5|gpt-5-codex|o[0-9])/i;
DVi=new Set(["localhost","127.0.0.1","0.0.0.0","::1",
"[::1]","host.docker.internal"])});