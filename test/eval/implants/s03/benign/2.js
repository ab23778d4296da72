      throw new BridgeChannelClosedError("before newSession");
    }
    if (isSessionHeld(boundWorkspace)) {
      throw new Error(`qwen serve: refusing to open a session with a system directory as workspace (${boundWorkspace}).`);