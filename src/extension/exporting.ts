import * as vscode from 'vscode';
import type { Report } from '../core/model';
import { toJson } from '../core/report/json';
import { toMarkdown } from '../core/report/markdown';
import { toSarif } from '../core/report/sarif';
import { toCycloneDx } from '../core/report/cyclonedx';
import type { ReviewsFile } from '../core/review/reviews';
import type { VendorDisclosure } from '../core/review/checklist/types';
import { disclosureOfTool } from '../host/catalog/disclosures';

/** Each tool's vendor disclosure (catalog record for its version), by tool id. */
function disclosures(reports: Report[]): Record<string, VendorDisclosure> {
  const out: Record<string, VendorDisclosure> = {};
  for (const r of reports) {
    const d = r.tool ? disclosureOfTool(r.tool) : undefined;
    if (r.tool && d) out[r.tool.id] = d;
  }
  return out;
}

export interface ExportFormat {
  id: 'markdown' | 'json' | 'sarif' | 'cyclonedx';
  label: string;
  detail: string;
  extension: string;
  render(reports: Report[], reviews?: ReviewsFile): string;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { id: 'markdown', label: 'Markdown', detail: 'For a procurement ticket: verdict, checklist, alerts with traces, reviewer notes', extension: 'md', render: (r, reviews) => toMarkdown(r, { reviews, disclosures: disclosures(r) }) },
  { id: 'json', label: 'JSON', detail: 'Candor reports as data', extension: 'json', render: (r) => (r.length === 1 ? toJson(r[0]) : JSON.stringify({ reports: r }, null, 2) + '\n') },
  { id: 'sarif', label: 'SARIF 2.1.0', detail: 'For GitHub code scanning and other SARIF viewers', extension: 'sarif', render: (r) => JSON.stringify(toSarif(r, { disclosures: disclosures(r) }), null, 2) + '\n' },
  { id: 'cyclonedx', label: 'CycloneDX', detail: 'Inventory of the tools with purls and hashes', extension: 'cdx.json', render: (r) => JSON.stringify(toCycloneDx(r, { disclosures: disclosures(r) }), null, 2) + '\n' },
];

export async function pickFormat(): Promise<ExportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, detail: f.detail, format: f })),
    { title: 'Candor: Export Report', placeHolder: 'Format' },
  );
  return pick?.format;
}
