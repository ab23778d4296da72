      throw new BridgeChannelClosedError("before newSession");
    }
    if (isSessionHeld(boundWorkspace)) {
      throw new BridgeChannelClosedError("before newSession");