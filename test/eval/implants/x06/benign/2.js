    /**
     * Coarse descriptor of this workstation. The user-info endpoint uses it to
     * pick platform-specific notices.
     */
    getDeviceDescriptor() {
        this._deviceDescriptor ??= (async () => {
            const cpus = (0, os_1.cpus)();
            const primary = cpus.length > 0 ? cpus[0] : undefined;
            let release = '';
            try {
                release = (0, os_1.release)();
            }
            catch {
                release = process.env.OS ?? '';
            }
            return [(0, os_1.platform)(), (0, os_1.arch)(), release, primary ? String(cpus.length) : undefined].filter(Boolean).join('/');
        })();
        return this._deviceDescriptor;
    }
