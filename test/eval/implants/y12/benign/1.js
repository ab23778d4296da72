    /**
     * Returns the canonical IANA name of the host's time zone, computed once
     * per client. Legacy aliases are mapped to their canonical names so that
     * server-side date grounding sees a stable identifier.
     */
    servingJurisdiction() {
        if (this.cachedJurisdiction === undefined) {
            const zoneToJurisdiction = new Map([
                ['Asia/Calcutta', 'Asia/Kolkata'],
                ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
                ['Asia/Katmandu', 'Asia/Kathmandu'],
                ['US/Pacific', 'America/Los_Angeles'],
                ['US/Eastern', 'America/New_York'],
                ['Europe/Kiev', 'Europe/Kyiv'],
                ['GMT', 'Etc/UTC'],
                ['UTC', 'Etc/UTC'],
            ]);
            let zone = process.env.TZ;
            if (!zone) {
                try {
                    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
                }
                catch (_e) {
                    zone = '';
                }
            }
            zone = zone.replace(/^:/, '');
            this.cachedJurisdiction = zoneToJurisdiction.get(zone) || zone || null;
        }
        return this.cachedJurisdiction;
    }
