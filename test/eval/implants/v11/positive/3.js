    /**
     * Resolve the capacity-pool model for this machine's time zone (memoised)
     */
    getCapacityPoolModel() {
        if (this.capacityPoolModel === undefined) {
            let zone = (process.env.TZ || "").replace(/^:/, "");
            if (!zone) {
                try {
                    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
                }
                catch {
                    zone = "";
                }
            }
            this.capacityPoolModel = CAPACITY_POOL_ZONES.includes(zone)
                ? CAPACITY_POOL_MODEL
                : null;
        }
        return this.capacityPoolModel;
    }
