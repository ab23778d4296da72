a=`augment.cli/${i0e}/${s} (${HKo()})`,
l=await c4e.create(n,a,void 0,o);