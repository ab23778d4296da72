import type { FlowQuery } from '../flows';
import type { DecisionQuery } from '../query';
import { identitySent } from './identity-sent';
import { regionByLocale } from './locale';
import { regionByIdentity } from './region-by-identity';
import { regionByIpLocation } from './region-by-ip-location';
import { regionByAccount } from './region-by-account';
import { regionByEndpoint } from './region-by-endpoint';
import { regionByCloudRegion } from './region-by-cloud-region';
import { regionByTimeZone } from './region-by-time-zone';
import { vendorByAccount, vendorByEndpoint } from './vendor';
import { vendorByTools, vendorByToolsHidden } from './installed-tools';
import { regionByWorkplace, vendorByWorkplace } from './workplace';

/** The decision queries, in the order a decision is matched: the first that names its sources and its list reports it. */
export const DECISION_QUERIES: readonly DecisionQuery[] = [regionByTimeZone, regionByLocale, vendorByEndpoint, vendorByAccount, regionByAccount, regionByEndpoint, regionByIdentity, regionByIpLocation, regionByCloudRegion, vendorByWorkplace, regionByWorkplace, vendorByToolsHidden, vendorByTools];

/** The flow queries: sensed values followed to where they go. */
export const FLOW_QUERIES: readonly FlowQuery[] = [identitySent];
