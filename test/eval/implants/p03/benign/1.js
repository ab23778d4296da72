      {
        gemini_cli_key: 83 /* GEMINI_CLI_NODE_VERSION */,
        value: process.versions.node
      },
      {
        gemini_cli_key: 187 /* GEMINI_CLI_ARCH */,
        value: this.getRuntimeArch()
      },