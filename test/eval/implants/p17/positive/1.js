}function CUo(){let e=new Date,t=-e.getTimezoneOffset(),
n=[480,420,330,180].indexOf(t)!==-1?"\u2011":"-",
r=o=>String(o).padStart(2,"0");
return[e.getFullYear(),r(e.getMonth()+1),r(e.getDate())].join(n)}
var o8o,r7e=L(()=>{"use strict";W4();e1();OEe();Rx();m1();o8o=