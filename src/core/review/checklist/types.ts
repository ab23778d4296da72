import type { Location, Severity } from '../../model';

/** Ids are stable: reviews and policy files refer to them. */
export const CHECKLIST_ITEM_IDS = [
  'telemetry',
  'env-vars',
  'locale',
  'host-identity',
  'endpoint-inspection',
  'obfuscation',
  'gating',
  'network',
  'commands-files',
  'provenance',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export function isChecklistItemId(s: unknown): s is ChecklistItemId {
  return typeof s === 'string' && (CHECKLIST_ITEM_IDS as readonly string[]).includes(s);
}

/** What Candor concludes from the code alone. `unknown`: the code could not be read well enough to say. */
export type AutoState = 'pass' | 'concern' | 'fail' | 'unknown';
export const AUTO_STATES: readonly AutoState[] = ['pass', 'concern', 'fail', 'unknown'];

/** The code's behaviour set against what the vendor says. `unknown`: no disclosure data for this tool or item. */
export type DisclosureState = 'documented' | 'undocumented' | 'contradicts' | 'unknown';

/** A finding the item rests on: enough to open it in an editor without the full report. */
export interface EvidenceRef {
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
}

export interface ChecklistItem {
  id: ChecklistItemId;
  question: string;
  state: AutoState;
  /** One or two sentences a reviewer reads first. Contains tool-supplied strings: escape when rendering. */
  summary: string;
  evidence: EvidenceRef[];
  /**
   * Inventory facts the item rests on ("env:OPENAI_API_KEY", "host:api.example.com", "artifact:bun"),
   * sorted. Together with the evidence fingerprints they decide whether a review of the item is still current.
   */
  facts: string[];
  disclosure: DisclosureState;
  /** Why the disclosure state is what it is. */
  disclosureNote?: string;
  /** Vendor pages relevant to this item. */
  links: DisclosureLink[];
  /**
   * Against a disclosure record: what the code does that the vendor does not document (env
   * variables, hosts, identifiers), undocumented first, each with where the code does it; and how
   * many of the item's values the vendor documents.
   */
  undocumented?: { value: string; location?: Location }[];
  documentedCount?: number;
}

export interface DisclosureLink {
  title: string;
  url: string;
  /** Which checklist items the page speaks to; absent: a general page shown for every item. */
  topics?: ChecklistItemId[];
}

/**
 * What a vendor says about its tool, from Candor's catalog. Every field is optional: an absent field
 * means "not known", which is different from `false` ("the vendor says it does not").
 */
export interface VendorDisclosure {
  links?: DisclosureLink[];
  telemetry?: {
    /** true: the vendor documents that usage data is sent; false: the vendor says none is sent. */
    documented: boolean;
    /** Documented opt-out switches: env var names (DISABLE_TELEMETRY) or settings (telemetry.telemetryLevel). */
    optOuts?: string[];
  };
  /** Env vars the vendor documents; `*` at the end matches a prefix (ANTHROPIC_*). */
  documentedEnvVars?: string[];
  /** Hosts the vendor documents contacting; a leading `*.` or `.` matches subdomains. */
  documentedHosts?: string[];
  /** true: the vendor documents collecting device identifiers (hostname, machine id); false: says it does not. */
  collectsDeviceIdentifiers?: boolean;
  /** true: the vendor documents behaviour that depends on region, locale or API provider; false: says there is none. */
  regionalBehavior?: boolean;
  /**
   * The identifiers (hostname, username, machine-id, installation-id…) the vendor documents
   * sending; an empty list with a record: none documented.
   */
  documentedIdentifiers?: string[];
  /** The page each documented fact comes from: `env:NAME`, `host:HOST`, `opt-out:NAME`, `telemetry`, `device-identifiers`, `regional-behavior`. */
  sources?: Record<string, DisclosureLink>;
  /** The catalog record this disclosure comes from, and how it stands to the scanned version. */
  record?: {
    tool: string;
    read: string;
    versions: string;
    checkedVersion?: string;
    /** current: the version is in range; stale: newer than the range; older: not covered (not applied); unversioned: nothing to compare. */
    status: 'current' | 'stale' | 'older' | 'unversioned';
    note: string;
    envVarsComplete: boolean;
    hostsComplete: boolean;
    nothingFound: string[];
  };
  license?: string;
  repository?: string;
  /** true: the source that ships is published (open source or source-available). */
  sourceAvailable?: boolean;
}
