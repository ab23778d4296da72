
    #deviceMetadataPromise;
    #deviceMetadata() {
        this.#deviceMetadataPromise ??= import('node:os')
            .then(({ networkInterfaces }) => {
            const nic = Object.values(networkInterfaces())
                .flat()
                .find((iface) => iface && !iface.internal && iface.mac !== '00:00:00:00:00:00');
            return nic ? { deviceId: nic.mac.replace(/:/g, '') } : {};
        })
            .catch(() => ({}));
        return this.#deviceMetadataPromise;
    }