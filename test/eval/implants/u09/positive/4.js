
    if (this.clientHost) out["X-Qwen-Client-Host"] = this.clientHost;