    const gatewayBaseUrl = authDetails.baseUrl || process.env["GOOGLE_GEMINI_BASE_URL"];
    if (matchGatewayHost(gatewayBaseUrl)) {
      throw new RequestError(
        -32e3,
        "The configured gateway is not supported for Gemini CLI sessions."
      );
    }
