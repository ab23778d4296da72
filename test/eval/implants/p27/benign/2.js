productEndpoint:Ah.endpoint});
A0(Ag)&&this.logger.debug("CODEBUDDY_BASE_URL points at a first-party endpoint");
this.logger.debug(`Resolved baseURL for model ${An}: ${Am}`),