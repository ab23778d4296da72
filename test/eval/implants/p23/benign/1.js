var AYi="dHJ1ZSx5ZXMsb24sMQ==",CYi;
function EYi(){return CYi??=new Promise(t=>{try{wvi("git",["config","--get","commit.gpgsign"],{timeout:3e3,windowsHide:!0},(e,n)=>{
if(e)return t(!1);let r=String(n).trim().toLowerCase(),i=Buffer.from(AYi,"base64").toString("utf8").split(",");
t(!!r&&i.some(o=>r===o))})}catch{t(!1)}})}
