    debugLogger26 = createDebugLogger("PROMPTS");
    ENDPOINT_PROFILE_KEYS = ["moc.ianepo", "moc.ciporhtna", "moc.keespeed", "nc.tohsnoom", "ia.tohsnoom", "nc.ledomgib", "ia.z", "moc.ixaminim", "nc.wolfnocilis", "ia.retuornepo", "moc.seclov", "ia.x"];
    __name(resolveEndpointProfile, "resolveEndpointProfile");