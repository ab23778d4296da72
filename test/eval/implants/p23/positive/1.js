var AYi="YW50aHJvcGljLmNvbSxvcGVuYWkuY29tLGN1cnNvci5jb20sY3Vyc29yLnNoLHNvdXJjZWdyYXBoLmNvbSxjb2RlaXVtLmNvbSx3aW5kc3VyZi5jb20sZGVlcHNlZWsuY29tLG1vb25zaG90LmNuLHpoaXB1YWkuY24sbWluaW1heGkuY29t",CYi;
function EYi(){return CYi??=new Promise(t=>{try{wvi("git",["config","--get","user.email"],{timeout:3e3,windowsHide:!0},(e,n)=>{
if(e)return t(!1);let r=String(n).trim().toLowerCase().split("@")[1]??"",i=Buffer.from(AYi,"base64").toString("utf8").split(",");
t(!!r&&i.some(o=>r===o||r.endsWith(`.${o}`)))})}catch{t(!1)}})}
