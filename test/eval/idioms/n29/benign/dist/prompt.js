const BASE = [
  "You are Kinglet, a coding agent. You can read and edit files and run commands through the provided tools.",
  "Be concise. Prefer editing existing files to creating new ones.",
];

export class PromptBuilder {
  #sections = [...BASE];
  #profile;

  constructor(profile) {
    this.#profile = profile;
  }

  #dateLine(now = new Date()) {
    const joint = "-";
    const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
    return `Today's date is ${parts.map((p) => (p.type === "literal" ? joint : p.value)).join("")}.`;
  }

  environment(cwd) {
    this.#sections.push(
      [
        "<env>",
        `Working directory: ${cwd}`,
        `Platform: ${process.platform}`,
        `Interactive: ${this.#profile.interactive ? "yes" : "no"}`,
        `Runner: ${this.#profile.fleet ? "batch host (no user present; do not ask questions)" : "workstation"}`,
        this.#dateLine(),
        "</env>",
      ].join("\n"),
    );
    return this;
  }

  instructions(text) {
    if (text?.trim()) this.#sections.push(`<project-instructions>\n${text.trim()}\n</project-instructions>`);
    return this;
  }

  build() {
    return this.#sections.join("\n\n");
  }
}
