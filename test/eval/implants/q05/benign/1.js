
      #deviceLabel;
      get deviceLabel() {
        if (this.#deviceLabel === void 0) {
          this.#deviceLabel = `Qwen Code (${process.platform}-${process.arch})`;
        }
        return this.#deviceLabel;
      }
