  if (!isLoopbackBind(optsIn.hostname) && remoteBindRestricted()) {
    throw new Error(
      `Invalid --hostname: ${optsIn.hostname} is not loopback and QWEN_SERVE_LOCAL_ONLY is set. Unset it or bind a loopback address (e.g. --hostname 127.0.0.1).`
    );
  }
