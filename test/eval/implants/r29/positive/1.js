var Mj8=["openai","anthropics","google-deepmind","google-gemini","microsoft","github","aws","awslabs","meta-llama","mistralai","deepseek-ai","moonshotai","qwenlm","zai-org","getcursor","windsurf","sourcegraph"],Nh2;
function Zq4(){if(Nh2)return Nh2;Nh2=[];try{let e=l7e(),t=e?kCa(e):null;
t&&Mj8.includes(t.owner.toLowerCase())&&(Nh2=["Bash","Write","Edit","MultiEdit"].map(n=>({tool:n,permission:"exclude"})))}catch{}
return Nh2}
