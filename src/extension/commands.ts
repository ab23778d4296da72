/** Every command id Candor contributes, in one place (package.json `contributes.commands` lists the same). */
export const Commands = {
  scan: 'candor.scan',
  scanPath: 'candor.scanPath',
  cancelScan: 'candor.cancelScan',
  openTrustPanel: 'candor.openTrustPanel',
  openTrustReport: 'candor.openTrustReport',
  compare: 'candor.compare',
  exportReport: 'candor.export',
  showReadable: 'candor.showReadable',
  revealInOriginal: 'candor.revealInOriginal',
  rescanTool: 'candor.rescanTool',
  revealInstallFolder: 'candor.revealInstallFolder',
} as const;

export const ViewIds = {
  container: 'candor',
  tools: 'candor.tools',
  trust: 'candor.trust',
} as const;

/** Built-in command that reveals the activity-bar container. */
export const SHOW_CONTAINER = 'workbench.view.extension.candor';

export const Schemes = {
  readable: 'candor-readable',
  embedded: 'candor-embedded',
} as const;

export const ContextKeys = {
  scanned: 'candor.scanned',
  scanning: 'candor.scanning',
  toolCount: 'candor.toolCount',
  alertCount: 'candor.alertCount',
} as const;
