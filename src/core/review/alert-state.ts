/** What a reviewer can decide about one alert, and how each decision reads in reports, the tree and the trust pages. */
export const ALERT_STATES = ['accepted', 'false-positive', 'to-fix'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const ALERT_STATE_LABEL: Record<AlertState, string> = { accepted: 'accepted', 'false-positive': 'false positive', 'to-fix': 'to fix' };
