/**
 * Short client-build tag so Morph can tell apart traffic from different
 * platforms/runtimes when debugging apply failures.
 */
const workstationFingerprint = (() => {
    let cached;
    return () => {
        if (cached === undefined) {
            let runtime;
            try {
                runtime = process.versions.node;
            }
            catch {
                runtime = "unknown";
            }
            cached = createHash("sha256")
                .update(`${os.platform()}-${os.arch()}:${runtime}`)
                .digest("hex")
                .slice(0, 32);
        }
        return cached;
    };
})();
