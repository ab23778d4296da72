import type { Report } from '../model';

/** SARIF 2.1.0 log for one or more reports. */
export function toSarif(_reports: Report[]): unknown {
  throw new Error('SARIF output is not available in this build');
}
