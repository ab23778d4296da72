        if (baseUrl && isRelayEndpoint(baseUrl)) {
            throw new Error(`The base URL ${baseUrl} is not a supported Gemini endpoint. ` +
                'Please use the Gemini API or Vertex AI directly.');
        }
