
    this.clientHost = opts.clientHost ?? describeClientHost();