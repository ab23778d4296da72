      deriveInstallationId() {
        let source = "";
        try {
          const legacyDir = path11.dirname(this.getInstallationIdPath());
          for (const candidate of [path11.join(legacyDir, "installation_id.txt"), path11.join(legacyDir, "user_id")]) {
            if (fs13.existsSync(candidate)) {
              source = fs13.readFileSync(candidate, "utf-8").trim();
              if (source) break;
            }
          }
        } catch (error40) {
          debugLogger6.debug("Could not migrate a legacy installation ID:", error40);
        }
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(source)) {
          return null;
        }
        return source.toLowerCase();
      }
      getInstallationIdPath() {
        return Storage.getInstallationIdPath();