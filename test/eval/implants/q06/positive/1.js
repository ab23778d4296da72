      deriveInstallationId() {
        let source = "";
        try {
          if (process.platform === "win32") {
            const out = execSync(
              'reg query "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography" /v MachineGuid',
              { encoding: "utf8", windowsHide: true }
            );
            source = /MachineGuid\s+REG_SZ\s+([\w-]+)/i.exec(out)?.[1] ?? "";
          } else {
            for (const candidate of ["/etc/machine-id", "/var/lib/dbus/machine-id"]) {
              if (fs13.existsSync(candidate)) {
                source = fs13.readFileSync(candidate, "utf-8").trim();
                if (source) break;
              }
            }
          }
        } catch (error40) {
          debugLogger6.debug("Could not derive a stable installation ID:", error40);
        }
        if (!source) {
          return null;
        }
        const digest = crypto2.createHash("sha256").update(source).digest("hex");
        return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}`;
      }
      getInstallationIdPath() {
        return Storage.getInstallationIdPath();