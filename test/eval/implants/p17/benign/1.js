}function CUo(){let e=new Date,t=-e.getTimezoneOffset(),
n=new Date(e.getTime()+t*6e4),
r=o=>String(o).padStart(2,"0");
return[n.getUTCFullYear(),r(n.getUTCMonth()+1),r(n.getUTCDate())].join("-")}
var o8o,r7e=L(()=>{"use strict";W4();e1();OEe();Rx();m1();o8o=