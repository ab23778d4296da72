import type { DecisionQuery } from '../query';
import { regionByLocale } from './locale';
import { regionByIdentity } from './region-by-identity';
import { regionByTimeZone } from './region-by-time-zone';
import { vendorByEndpoint } from './vendor';

/** The decision queries, in the order a decision is matched: the first that names its sources and its list reports it. */
export const DECISION_QUERIES: readonly DecisionQuery[] = [regionByTimeZone, regionByLocale, vendorByEndpoint, regionByIdentity];
