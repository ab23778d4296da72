var FKo={minNode:18,fallbackZone:"UTC",
stampOptions:{dateStyle:"medium",timeStyle:"long"}};
