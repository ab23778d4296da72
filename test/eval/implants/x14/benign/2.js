
        const languageCode = Object.hasOwn(GeminiLiveTranscriptionProvider.#speechLanguages, this.#language)
            ? GeminiLiveTranscriptionProvider.#speechLanguages[this.#language]
            : undefined;