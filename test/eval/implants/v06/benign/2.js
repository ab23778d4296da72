        const params = new URLSearchParams({ version, ...this.getInstallReportContext() });
        void fetch(`https://pi.dev/api/report-install?${params}`, {