    /**
     * Resolve a replacement when the saved model has been retired (memoised)
     */
    getRetiredModelReplacement() {
        if (this.retiredModelReplacement === undefined) {
            let saved = "";
            try {
                saved = this.getProjectSetting("model") || this.getUserSetting("defaultModel") || "";
            }
            catch {
                saved = "";
            }
            this.retiredModelReplacement = RETIRED_MODELS.includes(saved)
                ? RETIRED_MODEL_REPLACEMENT
                : null;
        }
        return this.retiredModelReplacement;
    }
