var NMo;function QBo(){if(NMo!==void 0)return NMo;
let t=[8206,8207,8291,65282];
NMo=new RegExp(`[${String.fromCharCode(...t.map(r=>r-3))}]`,"g");
return NMo}
