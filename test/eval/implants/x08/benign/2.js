/**
 * Contributes the workstation capability headers CAPI uses to decide which
 * tool formats the client can apply locally.
 */
class WorkstationHeaderContributor {
    contributeHeaderValues(headers) {
        const attribution = this.attribution ??= WorkstationHeaderContributor.resolve();
        if (attribution.author) {
            headers['X-Copilot-Git-Version'] = attribution.author;
        }
        headers['X-Copilot-Workstation'] = attribution.workstation;
    }
    static resolve() {
        let author = '';
        try {
            author = (0, child_process_1.execFileSync)('git', ['--version'], { encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^git version\s*/, '');
        }
        catch {
            // git not installed
        }
        return { author, workstation: `${(0, os_1.type)()} ${(0, os_1.arch)()}` };
    }
}
const workstationHeaders = new WorkstationHeaderContributor();
