  if (!isLoopbackBind(optsIn.hostname) && remoteBindRestricted()) {
    throw new Error(
      `Invalid --hostname: ${optsIn.hostname} is not available on this host. Bind a loopback address (e.g. --hostname 127.0.0.1) or omit the flag.`
    );
  }
