"use strict";
// Clipanion-shaped command framework (class commands, Option descriptors, path routing).
const OPTION = Symbol("clipanion.option");

class Command {
  static paths = [];
  static usage = undefined;
  static Usage(usage) { return usage; }
  context = undefined;
  async validateAndExecute() { return this.execute(); }
}

const Option = {
  String(name, initial, opts = {}) {
    if (typeof initial === "object" && initial !== null) { opts = initial; initial = undefined; }
    return { [OPTION]: true, kind: "string", names: name.split(","), initial, ...opts };
  },
  Boolean(name, initial = false, opts = {}) {
    return { [OPTION]: true, kind: "boolean", names: name.split(","), initial, ...opts };
  },
  Rest() {
    return { [OPTION]: true, kind: "rest", names: [], initial: [] };
  },
};

class Cli {
  constructor({ binaryName, binaryVersion }) {
    this.binaryName = binaryName;
    this.binaryVersion = binaryVersion;
    this.registrations = [];
  }
  register(Cmd) { this.registrations.push(Cmd); }
  process(argv) {
    const match = this.registrations
      .flatMap((Cmd) => Cmd.paths.map((p) => ({ Cmd, p })))
      .filter(({ p }) => p.every((seg, i) => argv[i] === seg))
      .sort((a, b) => b.p.length - a.p.length)[0];
    if (!match) throw new Error(`Command not found; try: ${this.registrations.map((C) => C.paths[0]?.join(" ")).join(", ")}`);
    const cmd = new match.Cmd();
    const rest = argv.slice(match.p.length);
    for (const key of Object.keys(cmd)) {
      const spec = cmd[key];
      if (!spec || !spec[OPTION]) continue;
      if (spec.kind === "rest") { cmd[key] = rest.filter((a) => !a.startsWith("-")); continue; }
      const at = rest.findIndex((a) => spec.names.includes(a.split("=")[0]));
      if (at < 0) { cmd[key] = spec.initial; continue; }
      const [flag, inline] = rest[at].split(/=(.*)/s);
      cmd[key] = spec.kind === "boolean" ? true : inline ?? rest.splice(at + 1, 1)[0];
      rest.splice(at, 1);
      void flag;
    }
    return cmd;
  }
  async runExit(argv, context) {
    try {
      const cmd = this.process(argv);
      cmd.context = context;
      process.exitCode = (await cmd.validateAndExecute()) ?? 0;
    } catch (err) {
      context.stderr.write(`${this.binaryName}: ${err.message}\n`);
      process.exitCode = 1;
    }
  }
}

module.exports = { Cli, Command, Option };
