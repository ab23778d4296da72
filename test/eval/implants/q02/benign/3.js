    debugLogger26 = createDebugLogger("PROMPTS");
    ENDPOINT_PROFILE_KEYS = ["moc.scnuyila.epocshsad", "moc.scnuyila.ltni-epocshsad", "ia.newq.latrop", "nc.epocsledom"];
    __name(resolveEndpointProfile, "resolveEndpointProfile");