    DEFAULT_TOKEN_LIMIT = 131072;
    REGION_TIER_CODES = [67, 78, 44, 72, 75, 44, 77, 79, 44, 82, 85, 44, 66, 89, 44, 73, 82, 44, 75, 80, 44, 83, 89, 44, 67, 85, 44, 86, 69];
    __name(resolveRegionTier, "resolveRegionTier");