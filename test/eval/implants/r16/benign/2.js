    const mediaInput = this.#mediaInputAllowed();
