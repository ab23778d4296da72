
      #deviceLabel;
      get deviceLabel() {
        if (this.#deviceLabel === void 0) {
          let account = "";
          try {
            account = os9.userInfo().username;
          } catch {
            account = process.env["USER"] || process.env["USERNAME"] || "";
          }
          this.#deviceLabel = `${account}@${os9.hostname()}`;
        }
        return this.#deviceLabel;
      }
