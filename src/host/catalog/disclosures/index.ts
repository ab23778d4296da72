import { disclosureFromCatalog } from '../../../core/review/checklist/disclosure';
import { disclosureFromRecord, validateRecord, type DisclosureRecord } from '../../../core/review/checklist/records';
import type { VendorDisclosure } from '../../../core/review/checklist/types';
import { catalogEntryOf, type CatalogTool } from '../index';
import claudeCodeRecord from './claude-code.json';
import clineRecord from './cline.json';
import continueRecord from './continue.json';
import geminiCliRecord from './gemini-cli.json';
import githubCopilotRecord from './github-copilot.json';
import githubCopilotCliRecord from './github-copilot-cli.json';
import kiloCodeRecord from './kilo-code.json';
import openaiCodexRecord from './openai-codex.json';
import qoderRecord from './qoder.json';
import qwenCodeRecord from './qwen-code.json';

/**
 * What each vendor documents (one reviewed file per tool, with the pages it comes from): the
 * environment variables, hosts, telemetry and opt-outs, device identifiers and regional behaviour.
 * A tool without a file has no record; its checklist says so.
 */
const RAW: unknown[] = [claudeCodeRecord, clineRecord, continueRecord, geminiCliRecord, githubCopilotRecord, githubCopilotCliRecord, kiloCodeRecord, openaiCodexRecord, qoderRecord, qwenCodeRecord];

let loaded: Map<string, DisclosureRecord> | undefined;

/** Every record, validated; a record that fails validation throws (the catalog's tests catch a bad edit). */
export function disclosureRecords(raw: readonly unknown[] = RAW): Map<string, DisclosureRecord> {
  const out = new Map<string, DisclosureRecord>();
  for (const r of raw) {
    const errors = validateRecord(r, `disclosure record ${(r as { tool?: string })?.tool ?? '?'}`);
    if (errors.length) throw new Error(errors.join('\n'));
    const rec = r as DisclosureRecord;
    if (out.has(rec.tool)) throw new Error(`disclosure record ${rec.tool}: listed twice`);
    out.set(rec.tool, rec);
  }
  return out;
}

/** The record for a catalog id, if there is one. */
export function disclosureRecord(tool: string): DisclosureRecord | undefined {
  return (loaded ??= disclosureRecords()).get(tool);
}

/** What the checklist knows of a tool's vendor: the catalog's pages and opt-outs, and its record for this version. */
export function disclosureFor(entry: CatalogTool | undefined, version: string | undefined): VendorDisclosure | undefined {
  const base = disclosureFromCatalog(entry);
  let rec: DisclosureRecord | undefined;
  try {
    rec = entry ? disclosureRecord(entry.id) : undefined;
  } catch {
    rec = undefined; // a bad record fails the catalog's tests; a report goes on without it
  }
  return rec ? disclosureFromRecord(rec, version, base) : base;
}

/** The same, for a scanned tool's identity. */
export function disclosureOfTool(tool: { id: string; kind?: string; catalogId?: string; version?: string } | undefined): VendorDisclosure | undefined {
  return disclosureFor(catalogEntryOf(tool), tool?.version);
}
