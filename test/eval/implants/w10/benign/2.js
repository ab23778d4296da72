        applyOverrides(merged);
        this.mergedSettings = merged;