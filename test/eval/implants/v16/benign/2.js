    const gatewayBaseUrl = authDetails.baseUrl || process.env["GOOGLE_GEMINI_BASE_URL"];
    if (gatewayBaseUrl && /^http:/i.test(gatewayBaseUrl) && !matchGatewayHost(gatewayBaseUrl)) {
      throw new RequestError(
        -32e3,
        "Gateway URLs must use https:// unless they point to this machine."
      );
    }
