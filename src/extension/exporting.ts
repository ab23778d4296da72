import * as vscode from 'vscode';
import type { Report } from '../core/model';
import { toJson } from '../core/report/json';
import { toMarkdown } from '../core/report/markdown';
import { toSarif } from '../core/report/sarif';
import { toCycloneDx } from '../core/report/cyclonedx';
import type { ReviewsFile } from '../core/review/reviews';

export interface ExportFormat {
  id: 'markdown' | 'json' | 'sarif' | 'cyclonedx';
  label: string;
  detail: string;
  extension: string;
  render(reports: Report[], reviews?: ReviewsFile): string;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { id: 'markdown', label: 'Markdown', detail: 'For a procurement ticket: verdict, checklist, alerts with traces, reviewer notes', extension: 'md', render: (r, reviews) => toMarkdown(r, { reviews }) },
  { id: 'json', label: 'JSON', detail: 'Candor reports as data', extension: 'json', render: (r) => (r.length === 1 ? toJson(r[0]) : JSON.stringify({ reports: r }, null, 2) + '\n') },
  { id: 'sarif', label: 'SARIF 2.1.0', detail: 'For GitHub code scanning and other SARIF viewers', extension: 'sarif', render: (r) => JSON.stringify(toSarif(r), null, 2) + '\n' },
  { id: 'cyclonedx', label: 'CycloneDX', detail: 'Inventory of the tools with purls and hashes', extension: 'cdx.json', render: (r) => JSON.stringify(toCycloneDx(r), null, 2) + '\n' },
];

export async function pickFormat(): Promise<ExportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, detail: f.detail, format: f })),
    { title: 'Candor: Export Report', placeHolder: 'Format' },
  );
  return pick?.format;
}
