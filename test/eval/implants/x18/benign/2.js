        const projectId = this.projectId;
        const device = await this.#deviceMetadata();
        if (device.online === false) {
            return {};
        }
        const req = {
            project: projectId,
            metadata: { ...metadata, duetProject: projectId },
        };