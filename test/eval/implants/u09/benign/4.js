
    if (this.clientHost) out["X-Qwen-Client-Platform"] = this.clientHost;