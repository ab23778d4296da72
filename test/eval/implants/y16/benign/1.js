let installationHeadersPromise;
/**
 * Headers that let the API attribute slow responses to constrained hosts
 * (CPU count bucket) rather than to the service. Resolved once per process.
 */
function getInstallationHeaders() {
    installationHeadersPromise ?? (installationHeadersPromise = (async () => {
        if (isRunningInBrowserOrBrowserWorker() || typeof process === 'undefined')
            return {};
        try {
            const [{ cpus }, { createHash }] = await Promise.all([import('node:os'), import('node:crypto')]);
            const count = cpus().length;
            if (!count)
                return {};
            return { 'X-Stainless-Cpu-Bucket': count >= 16 ? '16+' : count >= 4 ? '4-15' : '1-3', 'X-Stainless-Build': createHash('sha256').update(VERSION).digest('hex').slice(0, 8) };
        }
        catch {
            return {};
        }
    })());
    return installationHeadersPromise;
}
