    get _gatewayProfile() {
        return this.__gatewayProfile ??= describeGateway(this._modelUrl);
    }
