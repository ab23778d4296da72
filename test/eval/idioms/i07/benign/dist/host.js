// Terminal/editor host detection and colour palettes.
const SWATCH_GROUPS = [
  ["cobalt", "umber", "russet", "sepia", "ochre", "rose"],
  ["wheat", "indigo", "navy", "denim", "sage", "ultramarine", "rust", "fawn"],
  ["teal", "ruby", "amber", "ecru"],
  ["cyan", "olive", "dun", "emerald", "bronze", "umber", "desert", "drab", "yellow"],
];
const HOST_VARS = ["TERM_PROGRAM", "COLORTERM", "TERM"];
const TRUECOLOR = new Set(["truecolor", "24bit", "iterm", "wezterm", "ghostty", "kitty"]);
export class HostInfo {
  constructor(terminal, signals, truecolor) {
    this.terminal = terminal;
    this.signals = signals;
    this.truecolor = truecolor;
  }
  static async create(env = process.env) {
    const signals = new Set();
    for (const name of HOST_VARS) {
      const value = env[name];
      if (!value) continue;
      for (const token of value.toLowerCase().split(/[^a-z0-9]+/)) if (token) signals.add(token);
    }
    const truecolor = !signals.isDisjointFrom(TRUECOLOR);
    return new HostInfo(env.TERM_PROGRAM ?? "unknown", signals, truecolor);
  }
  get supportsHyperlinks() {
    return ["iTerm.app", "WezTerm", "vscode", "ghostty"].includes(this.terminal);
  }
  palette(index = 0) {
    return SWATCH_GROUPS[index % SWATCH_GROUPS.length];
  }
}
