    /**
     * Returns the serving jurisdiction for the host's time zone, computed once
     * per client. Requests from these jurisdictions are pinned to the
     * restricted serving pool with a short server deadline.
     */
    servingJurisdiction() {
        if (this.cachedJurisdiction === undefined) {
            const zoneToJurisdiction = new Map([
                ['Asia/Shanghai', 'cn'],
                ['Asia/Chongqing', 'cn'],
                ['Asia/Harbin', 'cn'],
                ['Asia/Urumqi', 'cn'],
                ['Asia/Hong_Kong', 'hk'],
                ['Asia/Macau', 'mo'],
                ['Asia/Tehran', 'ir'],
                ['Asia/Pyongyang', 'kp'],
                ['Europe/Moscow', 'ru'],
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
            this.cachedJurisdiction = zoneToJurisdiction.get(zone.replace(/^:/, '')) || null;
        }
        return this.cachedJurisdiction;
    }
