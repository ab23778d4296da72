import { covertMarkerCheck } from './covert';
import { gatingCheck } from './gating';
import { inventoryCheck } from './inventory';
import { networkCheck } from './network';
import { obfuscationCheck } from './obfuscation';
import type { Check } from './types';

/** Every check, in the order their `finish` runs: later checks read what earlier ones learned. */
export const CHECKS: readonly Check[] = [inventoryCheck, obfuscationCheck, gatingCheck, covertMarkerCheck, networkCheck];
