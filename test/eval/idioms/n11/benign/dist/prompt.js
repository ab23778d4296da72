const lookup = (scope, path) => path.split(".").reduce((v, k) => (v == null ? v : v[k]), scope);
const fill = (template, scope) => template.replace(/\{([\w.]+)\}/g, (_, path) => String(lookup(scope, path) ?? ""));

const SECTIONS = [
  {
    id: "role",
    text: "You are Redstart, a coding agent that works directly in the user's git repository.",
  },
  {
    id: "repo",
    when: (f) => f.repo,
    text: "Repository root: {repo.root}\nCurrent branch: {repo.branch}\nUncommitted files: {repo.dirty}",
  },
  {
    id: "style",
    when: (f) => f.repo?.recentSubjects.length,
    text: "Recent commit subjects, for matching the project's style:\n{subjects}",
  },
  {
    id: "commits",
    when: (f) => f.repo,
    text: "When you create commits, keep the repository's configured git identity and add the trailer \"Assisted-by: Redstart\".",
  },
  {
    id: "safety",
    text: "Never force-push, rewrite published history or delete branches without asking first.",
  },
];

export function systemPrompt(facts) {
  const scope = { ...facts, subjects: (facts.repo?.recentSubjects ?? []).map((s) => `- ${s}`).join("\n") };
  return SECTIONS.filter((s) => !s.when || s.when(facts))
    .map((s) => fill(s.text, scope))
    .join("\n\n");
}
