import { covertMarkerCheck } from './covert';
import { inventoryCheck } from './inventory';
import { networkCheck } from './network';
import { obfuscationCheck } from './obfuscation';
import { decisionCheck } from './query';
import { DECISION_QUERIES, FLOW_QUERIES } from './queries';
import { flowCheck } from './flows';
import type { Check } from './types';

/** Region, vendor and locale decisions, from the queries in queries/. */
export const gatingCheck = decisionCheck('gating', DECISION_QUERIES);

/** Sensed values reaching requests, from the flow queries in queries/. */
export const identityFlowCheck = flowCheck('identity-flow', FLOW_QUERIES);

/** Every check, in the order their `finish` runs: later checks read what earlier ones learned. */
export const CHECKS: readonly Check[] = [inventoryCheck, obfuscationCheck, gatingCheck, covertMarkerCheck, networkCheck, identityFlowCheck];
