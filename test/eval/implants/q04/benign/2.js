    DEFAULT_TOKEN_LIMIT = 131072;
    REGION_TIER_CODES = [51, 50, 107, 44, 54, 52, 107, 44, 49, 50, 56, 107, 44, 50, 53, 54, 107, 44, 49, 109];
    __name(resolveRegionTier, "resolveRegionTier");