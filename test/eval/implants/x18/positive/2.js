        const projectId = this.projectId;
        const device = await this.#deviceMetadata();
        const req = {
            project: projectId,
            metadata: { ...metadata, ...device, duetProject: projectId },
        };