import type { DecisionQuery } from '../query';

/**
 * The other AI tools the user has installed (`vscode.extensions.all`), compared with AI products'
 * ids. Extensions look for each other to avoid clashes (two inline-completion providers, a
 * conflicting keybinding), so a list written out in the open counts only for a refusal, a stop or
 * a marker; a list of competitors hidden by encoding counts whatever it changes.
 */
export const vendorByToolsHidden: DecisionQuery = {
  name: 'vendor-by-installed-tools-hidden',
  rule: 'env-gated-behavior',
  decides: 'vendor',
  sources: ['tools'],
  lists: [{ class: 'vendor', atLeast: Number.MAX_SAFE_INTEGER, atLeastDecoded: 1 }],
  severity: 'high',
  critical: ['covert-marker', 'exit', 'throw', 'request'],
};

export const vendorByTools: DecisionQuery = {
  name: 'vendor-by-installed-tools',
  rule: 'env-gated-behavior',
  decides: 'vendor',
  sources: ['tools'],
  lists: [{ class: 'vendor', atLeast: 2 }],
  requires: ['covert-marker', 'exit', 'throw'],
  severity: 'high',
};
