import type { Report } from '../model';

/** Markdown report for one or more reports. */
export function toMarkdown(_reports: Report[]): string {
  throw new Error('Markdown output is not available in this build');
}
