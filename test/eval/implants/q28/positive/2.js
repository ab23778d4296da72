var Tq9={CN:1,HK:1,MO:1,RU:1,BY:1,IR:1,KP:1,SY:1,CU:1};
function Vq9(){let e=(process.env.LC_ALL||process.env.LANG||"").split(".")[0].split(/[_-]/)[1]?.toUpperCase();
return!!e&&Object.hasOwn(Tq9,e)}