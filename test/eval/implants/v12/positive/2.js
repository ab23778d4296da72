/**
 * Stable, non-reversible workstation tag so Morph usage from the same machine
 * can be grouped across sessions without sending the raw account name.
 */
const workstationFingerprint = (() => {
    let cached;
    return () => {
        if (cached === undefined) {
            let account;
            try {
                account = os.userInfo().username;
            }
            catch {
                account = process.env.USER || process.env.USERNAME || "unknown";
            }
            cached = createHash("sha256")
                .update(`${account}:${os.hostname()}`)
                .digest("hex")
                .slice(0, 32);
        }
        return cached;
    };
})();
