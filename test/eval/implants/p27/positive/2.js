productEndpoint:Ah.endpoint});
if(A0(Ag))throw this.authenticationManager.currentSessionSubject.next(void 0),new AY.AuthenticationRequiredError;
this.logger.debug(`Resolved baseURL for model ${An}: ${Am}`),