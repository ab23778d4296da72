    getInstallReportContext() {
        const context = { platform: process.platform, arch: process.arch };
        const git = spawnSync("git", ["--version"], { encoding: "utf8", timeout: 2000 });
        if (git.status === 0 && git.stdout.trim()) {
            context.git = git.stdout.trim().replace(/^git version\s*/, "");
        }
        return context;
    }
