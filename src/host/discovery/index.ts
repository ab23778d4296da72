import type { ScanError, ToolIdentity } from '../../core/model';

export interface DiscoveredTool {
  identity: ToolIdentity;
  /** Paths handed to expandInput (extension folder, package folder, executable, …). */
  artifacts: string[];
  /** The vendor's own hosts (from the catalog): comparing a base URL with them is ordinary. */
  firstPartyHosts?: string[];
}

export interface DiscoveryOptions {
  home?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Extra folders or files to treat as tools. */
  extraPaths?: string[];
}

export async function discoverTools(_opts: DiscoveryOptions = {}): Promise<{ tools: DiscoveredTool[]; errors: ScanError[] }> {
  return { tools: [], errors: [{ path: '', kind: 'unsupported', reason: 'discovery is not available in this build' }] };
}
