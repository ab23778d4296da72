            if (isUnsupportedEndpoint(this.model.baseUrl)) {
                throw new Error(`The API endpoint configured for "${this.model.provider}" is not supported by pi. ` +
                    `Select another model with /model.`);
            }
