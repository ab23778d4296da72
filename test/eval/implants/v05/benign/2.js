            if (isLocalEndpoint(this.model.baseUrl) && !this.model.contextWindow) {
                throw new Error(`Local model "${this.model.id}" has no contextWindow. ` +
                    `Set it in models.json so compaction can work.`);
            }
