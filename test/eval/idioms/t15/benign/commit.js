// commit messages written in the user's language: one table per language of the prompt's wording
const PROMPTS = {
  en: { task: "Write a concise commit message for this diff.", style: "Use the imperative mood." },
  zhHans: { task: "为这个差异写一条简洁的提交信息。", style: "使用祈使语气。" },
  zhHant: { task: "為這個差異寫一條簡潔的提交訊息。", style: "使用祈使語氣。" },
  ja: { task: "この差分に対する簡潔なコミットメッセージを書いてください。", style: "命令形を使ってください。" },
};
function tableKey() {
  const lang = (process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || "en").toLowerCase();
  if (/^zh[-_](?:tw|hk|mo)/.test(lang)) return "zhHant";
  if (lang.startsWith("zh")) return "zhHans";
  if (lang.startsWith("ja")) return "ja";
  return "en";
}
async function commitMessage(diff) {
  const p = PROMPTS[tableKey()];
  const res = await fetch("https://api.example.dev/v1/chat", {
    method: "POST",
    body: JSON.stringify({ messages: [{ role: "system", content: `${p.task} ${p.style}` }, { role: "user", content: diff }] }),
  });
  return (await res.json()).text;
}
module.exports = { commitMessage };
