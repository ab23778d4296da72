import type { Report } from '../model';
import { toJson } from './json';
import { toText, type TextOptions } from './text';
import { toSarif } from './sarif';
import { toMarkdown } from './markdown';

export const SCAN_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** `baseDir`: SARIF locations under it become relative to `%SRCROOT%`, as code scanning needs. */
export function formatReport(report: Report, format: ScanFormat, options: TextOptions & { baseDir?: string } = {}): string {
  switch (format) {
    case 'json':
      return toJson(report);
    case 'sarif':
      return JSON.stringify(toSarif([report], { baseDir: options.baseDir }), null, 2) + '\n';
    case 'markdown':
      return toMarkdown([report]);
    case 'text':
      return toText(report, options);
  }
}
