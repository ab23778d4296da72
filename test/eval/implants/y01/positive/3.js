    this.endpointPolicy = "default";
    if (config8.baseURL) {
      clientOptions.baseURL = config8.baseURL;
      this.endpointPolicy = resolveEndpointPolicy(config8.baseURL);
    }
    const proxy = config8.proxy;
