function dateLine(now) {
  const weekday = now.toLocaleDateString("en-US", { weekday: "long" });
  const ymd = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  return `Today's date is ${weekday}, ${ymd}.`;
}

export function buildSystem(rt, { projectNotes = "", now = new Date() } = {}) {
  const sections = new Map([
    ["identity", "You are Kittiwake, a coding agent. Be concise; prefer doing over describing."],
    ["environment", `Working directory: ${rt.cwd}\nPlatform: ${rt.platform}\nShell: ${rt.shell}`],
    ["date", dateLine(now)],
  ]);
  if (projectNotes.trim()) sections.set("project", `Project notes (KITTIWAKE.md):\n${projectNotes.trim()}`);
  return Array.from(sections.values()).join("\n\n");
}
