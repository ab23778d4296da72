    const uri = this.withClientTag(this.registryURI);
    _ExtensionRegistryClient.fetchPromise