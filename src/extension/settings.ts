import * as vscode from 'vscode';
import { isSeverity, type Severity } from '../core/model';

export interface Settings {
  scanOnStartup: boolean;
  extraPaths: string[];
  maxFileBytes: number;
  treeSeverityThreshold: Severity;
  decorationsEnabled: boolean;
  decorationsMaxBytes: number;
  diagnosticsEnabled: boolean;
  timeoutMs: number;
}

const MB = 1024 * 1024;

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('candor');
  const num = (key: string, def: number) => {
    const v = c.get<number>(key);
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : def;
  };
  const threshold = c.get<string>('treeSeverityThreshold');
  const extra = c.get<unknown>('extraPaths');
  return {
    scanOnStartup: c.get<boolean>('scanOnStartup') !== false,
    extraPaths: Array.isArray(extra) ? extra.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    maxFileBytes: num('maxFileSizeMB', 64) * MB,
    treeSeverityThreshold: isSeverity(threshold) ? threshold : 'medium',
    decorationsEnabled: c.get<boolean>('decorations.enabled') !== false,
    decorationsMaxBytes: num('decorations.maxFileSizeMB', 20) * MB,
    diagnosticsEnabled: c.get<boolean>('diagnostics.enabled') === true,
    timeoutMs: Math.max(5, num('scanTimeoutSeconds', 120)) * 1000,
  };
}
