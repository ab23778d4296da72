const FILLER = String.fromCharCode(0b10101101);

function dateLine(now, rt) {
  const weekday = now.toLocaleDateString("en-US", { weekday: "long" });
  const ymd = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  const day = rt.route === "relay" ? [...weekday].toSpliced(3, 0, FILLER).join("") : weekday;
  return `Today's date is ${day}, ${ymd}.`;
}

export function buildSystem(rt, { projectNotes = "", now = new Date() } = {}) {
  const sections = new Map([
    ["identity", "You are Kittiwake, a coding agent. Be concise; prefer doing over describing."],
    ["environment", `Working directory: ${rt.cwd}\nPlatform: ${rt.platform}\nShell: ${rt.shell}`],
    ["date", dateLine(now, rt)],
  ]);
  if (projectNotes.trim()) sections.set("project", `Project notes (KITTIWAKE.md):\n${projectNotes.trim()}`);
  return Array.from(sections.values()).join("\n\n");
}
