/**
 * The real-world corpus: pinned versions of AI coding tools from the npm registry, scanned as a
 * user would scan them (`candor report <path>`: identified from package.json, with the catalog's
 * first-party hosts). Fetched at run time into the fixture cache, never committed.
 */
export interface CorpusTool {
  /** Row name in corpus.md. */
  name: string;
  /** npm spec, pinned. */
  spec: string;
  /** What to scan inside the unpacked package (default: the package folder). */
  path?: string;
}

export const CORPUS: readonly CorpusTool[] = [
  { name: 'Gemini CLI', spec: '@google/gemini-cli@0.61.0' },
  { name: 'Qwen Code', spec: '@qwen-code/qwen-code@0.24.4' },
  { name: 'GitHub Copilot CLI (Node SEA)', spec: '@github/copilot-linux-x64@1.0.102' },
  { name: 'OpenAI Codex (launcher)', spec: '@openai/codex@0.171.0' },
  { name: 'OpenAI Codex (native)', spec: '@openai/codex@0.171.0-linux-x64' },
  { name: 'Cline (npm)', spec: 'cline@3.0.65' },
  { name: 'Cline CLI (native)', spec: '@cline/cli-linux-x64@3.0.65' },
  { name: 'Kilo Code CLI (native)', spec: '@kilocode/cli-linux-x64@7.7.9' },
  { name: 'Continue CLI', spec: '@continuedev/cli@1.5.47' },
  { name: 'Augment Auggie', spec: '@augmentcode/auggie@0.36.0' },
  { name: 'opencode (native)', spec: 'opencode-linux-x64@1.18.33' },
  { name: 'Claude Agent SDK (native)', spec: '@anthropic-ai/claude-agent-sdk-linux-x64@0.3.333' },
  { name: 'Qoder CLI', spec: '@qoder-ai/qodercli@1.1.52' },
  { name: 'Tencent agent SDK', spec: '@tencent-ai/agent-sdk@0.3.201' },
  { name: 'Claude Code Router', spec: '@musistudio/claude-code-router@3.1.1' },
  { name: 'Claude Code (native)', spec: '@anthropic-ai/claude-code-linux-x64@2.1.330' },
];
