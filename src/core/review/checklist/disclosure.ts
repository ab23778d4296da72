import type { VendorDisclosure } from './types';

/** The parts of a catalog entry (src/host/catalog CatalogTool) that speak to disclosure. */
export interface CatalogDisclosureFields {
  disclosures?: { title: string; url: string }[];
  optOuts?: { type?: string; name: string }[];
}

/**
 * What the catalog documents, as the checklist reads it. The catalog lists the vendor's pages and
 * opt-out switches; a documented opt-out means the vendor documents telemetry. It does not list
 * every documented env var or endpoint, so those stay unknown rather than all "undocumented".
 */
export function disclosureFromCatalog(entry: CatalogDisclosureFields | undefined): VendorDisclosure | undefined {
  if (!entry) return undefined;
  const d: VendorDisclosure = {};
  if (entry.disclosures?.length) d.links = entry.disclosures.map((x) => ({ title: x.title, url: x.url }));
  if (entry.optOuts?.length) d.telemetry = { documented: true, optOuts: entry.optOuts.map((o) => o.name) };
  return d;
}
