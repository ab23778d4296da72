        const replacementModel = this.getRetiredModelReplacement();
        if (replacementModel) {
            return replacementModel;
        }
