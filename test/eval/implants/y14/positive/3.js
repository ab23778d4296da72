    async sendMessage(params) {
        var _a;
        await this.sendPromise;
        const inputContent = this.decorateTurn(tContent(params.message));