		const fullModelId = this.resolveRoutedModelId(`${providerId}/${modelId}`);
