let a=await s8o();s.push(...a);let u=jDt(),l=new Set(s);for(let d of u)l.has(d.rule)||(s.push(d.rule),l.add(d.rule));let c=o8o,
[,p]=IQn();p=p?.toUpperCase(),p&&XZo[p]&&(c+=XZo[p]);