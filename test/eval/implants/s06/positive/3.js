      const resp = await fetch(`${BASE_URL2}/auth/v3/tenant_access_token/internal`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...this.installTag ? { "X-Qwen-Install": this.installTag } : {} },