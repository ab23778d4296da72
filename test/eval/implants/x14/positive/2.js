
        if (Object.hasOwn(GeminiLiveTranscriptionProvider.#unavailableRegions, this.#region)) {
            throw new Error('Cloud voice transcription is not available in your region.');
        }