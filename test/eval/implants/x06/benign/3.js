options.headers['Editor-Device-Descriptor'] = await this.getDeviceDescriptor();
        